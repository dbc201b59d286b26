import { z } from 'zod';
import { channel } from './define';
import { EntrySummary, IsoDate } from '../domain/entry';
import { CONVERSATION_KINDS } from '../domain/conversation';

const Week = z.object({ week: z.string(), avgMood: z.number().nullable(), entries: z.number().int(), setbacks: z.number().int(), recoveries: z.number().int() });

export const Insights = z.object({
  from: z.string(),
  to: z.string(),
  weeks: z.array(Week),
  emotions: z.object({
    top: z.array(z.object({ emotion: z.string(), label: z.string(), count: z.number().int() })),
    shift: z.array(z.object({ emotion: z.string(), label: z.string(), earlier: z.number().int(), later: z.number().int() })),
  }),
  conversations: z.array(z.object({ month: z.string(), planned: z.number().int(), held: z.number().int() })),
  agreements: z.object({ open: z.number().int(), kept: z.number().int(), missed: z.number().int(), renegotiated: z.number().int() }),
  moodCalendar: z.array(z.object({ date: z.string(), avgMood: z.number() })),
  checkIns: z.object({ lastWeeks: z.number().int(), weeksWithCheckIn: z.number().int(), currentRun: z.number().int() }),
  /** Plain-language sentences, one per chart, written for people (and screen readers). */
  captions: z.object({ mood: z.string(), balance: z.string(), emotions: z.string(), conversations: z.string(), agreements: z.string(), checkIns: z.string(), calendar: z.string() }),
});
export type Insights = z.infer<typeof Insights>;

export const MonthReview = z.object({
  month: z.string(),
  entries: z.number().int(),
  byKind: z.record(z.string(), z.number().int()),
  avgMood: z.number().nullable(),
  smallRecoveries: z.array(EntrySummary),
  recurringEmotions: z.array(z.object({ emotion: z.string(), label: z.string(), count: z.number().int() })),
  conversations: z.array(z.object({ startsAt: z.number(), kind: z.enum(CONVERSATION_KINDS), status: z.string() })),
  agreementsMade: z.number().int(),
  agreementsKept: z.number().int(),
  summary: z.string(),
});
export type MonthReview = z.infer<typeof MonthReview>;

const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Months look like 2026-03.');

export const progressContract = {
  'progress.insights': channel(z.object({ today: IsoDate, months: z.union([z.literal(3), z.literal(6), z.literal(12)]) }).strict(), Insights),
  'progress.month': channel(z.object({ month: Month }).strict(), MonthReview),
  'progress.onThisDay': channel(
    z.object({ today: IsoDate }).strict(),
    z.object({ items: z.array(z.object({ monthsAgo: z.number().int(), date: z.string(), entries: z.array(EntrySummary) })) }),
  ),
  /** Prints the month in review (the renderer's printable page) to a PDF through the print port. */
  'progress.printMonth': channel(z.object({ month: Month }).strict(), z.object({ saved: z.boolean() })),
};
