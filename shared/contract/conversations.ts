import { z } from 'zod';
import { channel } from './define';
import { Empty } from './app';
import {
  Agreement,
  AgreementInput,
  AGREEMENT_STATUSES,
  Boundary,
  BoundaryInput,
  Conversation,
  Crossing,
  MIN_PAUSE_MINUTES,
  Occurrence,
  Prep,
  Series,
  SeriesInput,
} from '../domain/conversation';
import { EntrySummary } from '../domain/entry';
import { ReceivedEntry } from './partner';

const Id = z.string().regex(/^[a-z0-9]{26}$/, 'That is not a valid id.');

export const Agenda = z.object({
  conversation: Conversation,
  purpose: z.string(),
  mine: z.array(EntrySummary),
  partners: z.array(ReceivedEntry),
  openAgreements: z.array(Agreement),
});
export type Agenda = z.infer<typeof Agenda>;

export const conversationsContract = {
  'conversations.schedule': channel(SeriesInput, Series),
  'conversations.updateSeries': channel(z.object({ id: Id, series: SeriesInput }).strict(), Series),
  'conversations.cancelSeries': channel(z.object({ id: Id }).strict(), Series),
  'conversations.listSeries': channel(Empty, z.object({ items: z.array(Series) })),
  'conversations.upcoming': channel(
    z.object({ days: z.number().int().min(1).max(366).default(35), pastDays: z.number().int().min(0).max(366).default(14) }).strict(),
    z.object({ items: z.array(Occurrence) }),
  ),
  /** Opens (creating if needed) the conversation for one occurrence of a series. */
  'conversations.open': channel(z.object({ seriesId: Id, startsAt: z.number().int() }).strict(), Conversation),
  'conversations.get': channel(z.object({ id: Id }).strict(), Conversation),
  'conversations.savePrep': channel(z.object({ id: Id, prep: Prep }).strict(), Conversation),
  'conversations.agenda': channel(z.object({ id: Id }).strict(), Agenda),
  'conversations.start': channel(z.object({ id: Id }).strict(), Conversation),
  'conversations.pause': channel(z.object({ id: Id, minutes: z.number().int().min(MIN_PAUSE_MINUTES, `A pause lasts at least ${MIN_PAUSE_MINUTES} minutes.`).max(24 * 60) }).strict(), Conversation),
  'conversations.resume': channel(z.object({ id: Id }).strict(), Conversation),
  'conversations.end': channel(z.object({ id: Id, notes: z.string().max(20_000), wentWell: z.string().max(20_000) }).strict(), Conversation),
  'conversations.saveAfter': channel(z.object({ id: Id, notes: z.string().max(20_000), wentWell: z.string().max(20_000) }).strict(), Conversation),
  'conversations.skip': channel(z.object({ id: Id }).strict(), Conversation),
  'conversations.exportIcs': channel(z.object({ seriesId: Id }).strict(), z.object({ saved: z.boolean() })),
  /** Conversations that came due while Mend was closed or locked, for the notice on unlock. */
  'conversations.dueNotice': channel(
    // peek: look without marking them as mentioned (the app-start banner peeks; the section says them).
    z.object({ peek: z.boolean().default(false) }).strict(),
    z.object({ items: z.array(Occurrence) }),
  ),
  'agreements.create': channel(AgreementInput, Agreement),
  'agreements.setStatus': channel(z.object({ id: Id, status: z.enum(AGREEMENT_STATUSES), note: z.string().trim().max(1000).default('') }).strict(), Agreement),
  'agreements.list': channel(z.object({ status: z.enum(AGREEMENT_STATUSES).optional() }).strict(), z.object({ items: z.array(Agreement) })),
  'boundaries.create': channel(BoundaryInput, Boundary),
  'boundaries.update': channel(z.object({ id: Id, boundary: BoundaryInput }).strict(), Boundary),
  'boundaries.recordCrossing': channel(z.object({ id: Id, crossing: Crossing }).strict(), Boundary),
  'boundaries.list': channel(Empty, z.object({ items: z.array(Boundary) })),
  'boundaries.remove': channel(z.object({ id: Id }).strict(), z.null()),
};
