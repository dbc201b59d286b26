import { z } from 'zod';
import { EntryId, IsoDate } from './entry';
import { isValidTimeZone } from './zoned-time';

export const CONVERSATION_KINDS = ['weekly-check-in', 'repair', 'planning'] as const;
export const CONVERSATION_KIND_LABELS: Record<(typeof CONVERSATION_KINDS)[number], string> = {
  'weekly-check-in': 'Weekly check-in',
  repair: 'Repair after a conflict',
  planning: 'Planning together',
};

/** The pause rule: a break of at least 20 minutes when emotions flood. */
export const MIN_PAUSE_MINUTES = 20;

const LocalTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Times look like 19:00.');
export const TimeZoneName = z.string().max(64).refine(isValidTimeZone, 'That time zone is not known.');
const RecordId = z.string().regex(/^[a-z0-9]{26}$/, 'That is not a valid id.');
const Line = (max: number, what: string) => z.string().trim().max(max, `Keep ${what} to ${max} characters.`);

export const SeriesInput = z
  .object({
    kind: z.enum(CONVERSATION_KINDS),
    purpose: Line(200, 'the purpose').min(1, 'Say in one sentence what this conversation is for.'),
    startDate: IsoDate,
    startTime: LocalTime,
    timeZone: TimeZoneName,
    durationMinutes: z.number().int().min(10, 'Plan at least 10 minutes.').max(240, 'Keep it under four hours; shorter is kinder.'),
    /** null for a one-off conversation; otherwise every N weeks on the same weekday and time. */
    everyWeeks: z.number().int().min(1).max(8).nullable(),
    reminderMinutesBefore: z.number().int().min(0).max(7 * 24 * 60).nullable(),
  })
  .strict();
export type SeriesInput = z.infer<typeof SeriesInput>;

export const Series = SeriesInput.extend({ id: RecordId, createdAt: z.number(), cancelledAt: z.number().nullable() });
export type Series = z.infer<typeof Series>;

export const Prep = z
  .object({
    purpose: Line(200, 'the purpose'),
    /** Entries I want to share, staged for the share packet. */
    entryIds: z.array(EntryId).max(100),
    iStatements: z.array(Line(1000, 'each I-statement')).max(20),
    appreciations: Line(4000, 'appreciations'),
    needs: Line(4000, 'needs'),
    readiness: z.object({ calmEnough: z.boolean().nullable(), note: Line(1000, 'the note') }).strict(),
  })
  .strict();
export type Prep = z.infer<typeof Prep>;

export const Pause = z.object({ startedAt: z.number(), returnAt: z.number(), endedAt: z.number().nullable() });

export const Conversation = z.object({
  id: RecordId,
  seriesId: RecordId,
  startsAt: z.number(),
  endsAt: z.number(),
  kind: z.enum(CONVERSATION_KINDS),
  status: z.enum(['planned', 'in-progress', 'paused', 'held', 'skipped']),
  prep: Prep,
  startedAt: z.number().nullable(),
  endedAt: z.number().nullable(),
  pauses: z.array(Pause),
  notes: z.string(),
  wentWell: z.string(),
});
export type Conversation = z.infer<typeof Conversation>;

export const Occurrence = z.object({
  seriesId: RecordId,
  startsAt: z.number(),
  endsAt: z.number(),
  kind: z.enum(CONVERSATION_KINDS),
  purpose: z.string(),
  conversationId: RecordId.nullable(),
  status: Conversation.shape.status,
});
export type Occurrence = z.infer<typeof Occurrence>;

export const AGREEMENT_STATUSES = ['open', 'kept', 'missed', 'renegotiated'] as const;
export const AgreementOwner = z.enum(['me', 'partner', 'both'], { message: 'Say who this agreement belongs to: me, my partner or both of us.' });

export const AgreementInput = z
  .object({
    conversationId: RecordId.nullable(),
    text: Line(1000, 'the agreement').min(1, 'Write the agreement in a sentence.'),
    owner: AgreementOwner,
    dueOn: IsoDate.nullable(),
    followUpOn: IsoDate.nullable(),
    /** The person's local date, so "not in the past" means their today, not UTC's. */
    today: IsoDate,
  })
  .strict()
  .refine((a) => a.followUpOn === null || a.followUpOn >= a.today, { message: 'The follow-up date cannot be in the past.', path: ['followUpOn'] })
  .refine((a) => a.dueOn === null || a.followUpOn === null || a.followUpOn >= a.dueOn, { message: 'Follow up on or after the due date.', path: ['followUpOn'] });

export const Agreement = z.object({
  id: RecordId,
  conversationId: RecordId.nullable(),
  text: z.string(),
  owner: AgreementOwner,
  dueOn: z.string().nullable(),
  followUpOn: z.string().nullable(),
  status: z.enum(AGREEMENT_STATUSES),
  createdAt: z.number(),
  history: z.array(z.object({ at: z.number(), status: z.enum(AGREEMENT_STATUSES), note: z.string() })),
});
export type Agreement = z.infer<typeof Agreement>;

/** Which status changes make sense. Kept and missed can be reopened as renegotiated, never silently erased. */
export const AGREEMENT_TRANSITIONS: Record<(typeof AGREEMENT_STATUSES)[number], readonly (typeof AGREEMENT_STATUSES)[number][]> = {
  open: ['kept', 'missed', 'renegotiated'],
  renegotiated: ['kept', 'missed', 'renegotiated'],
  missed: ['renegotiated'],
  kept: ['renegotiated'],
};

export const BOUNDARY_AREAS = ['time', 'privacy', 'disclosure', 'personal-space', 'money', 'other'] as const;
export const BoundaryInput = z
  .object({
    area: z.enum(BOUNDARY_AREAS),
    text: Line(1000, 'the boundary').min(1, 'Write the boundary in a sentence.'),
    agreedOn: IsoDate,
    revisitOn: IsoDate.nullable(),
  })
  .strict()
  .refine((b) => b.revisitOn === null || b.revisitOn > b.agreedOn, { message: 'The revisit date comes after the date you agreed it.', path: ['revisitOn'] });

export const Crossing = z
  .object({ on: IsoDate, what: Line(2000, 'what happened').min(1, 'Say briefly what happened.'), redress: Line(2000, 'the plan'), renewedCommitment: Line(1000, 'the commitment') })
  .strict();

export const Boundary = z.object({
  id: RecordId,
  area: z.enum(BOUNDARY_AREAS),
  text: z.string(),
  agreedOn: z.string(),
  revisitOn: z.string().nullable(),
  crossings: z.array(Crossing),
  createdAt: z.number(),
});
export type Boundary = z.infer<typeof Boundary>;
