import type { Agreement, Boundary, Conversation } from '../../../../shared/domain/conversation';

/** Words for the things in this section, in one place so the whole section speaks alike. */

export type Kind = Conversation['kind'];
export type AgreementStatus = Agreement['status'];
export type Owner = Agreement['owner'];
export type Area = Boundary['area'];

/** What a kind is called inside a sentence: "your check-in on Sunday". */
export const KIND_NOUNS: Record<Kind, string> = {
  'weekly-check-in': 'check-in',
  repair: 'repair conversation',
  planning: 'planning conversation',
};

export const KIND_DESCRIPTIONS: Record<Kind, string> = {
  'weekly-check-in': 'A regular, low-key time to see how you’re both doing.',
  repair: 'To come back to something that hurt, once you’re both calmer.',
  planning: 'To decide something together: time, money, plans.',
};

export const DURATIONS = [15, 20, 30, 45, 60, 90, 120] as const;

export function durationWords(minutes: number): string {
  if (minutes < 60) return `${minutes} minutes`;
  if (minutes === 60) return '1 hour';
  if (minutes % 60 === 0) return `${minutes / 60} hours`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** `null` is no reminder; 0 is at the start. */
export const REMINDERS: readonly { value: number | null; label: string }[] = [
  { value: null, label: 'No reminder' },
  { value: 0, label: 'When it starts' },
  { value: 10, label: '10 minutes before' },
  { value: 30, label: '30 minutes before' },
  { value: 60, label: '1 hour before' },
  { value: 1440, label: '1 day before' },
];

/** `null` is once. */
export const REPEATS: readonly { value: number | null; label: string }[] = [
  { value: null, label: 'Just once' },
  { value: 1, label: 'Every week' },
  { value: 2, label: 'Every 2 weeks' },
  { value: 3, label: 'Every 3 weeks' },
  { value: 4, label: 'Every 4 weeks' },
];

export const STATUS_LABELS: Record<AgreementStatus, string> = {
  open: 'Open',
  kept: 'Kept',
  missed: 'Missed',
  renegotiated: 'Renegotiated',
};

/** How a change of status is offered: as something that happened, without blame. */
export const STATUS_ACTIONS: Record<AgreementStatus, string> = {
  open: 'Still open',
  kept: 'We kept it',
  missed: 'It didn’t happen this time',
  renegotiated: 'We’re changing it',
};

export function ownerLabel(owner: Owner, names: { me: string; partner: string }): string {
  if (owner === 'both') return 'Both of us';
  return owner === 'me' ? names.me : names.partner;
}

export const AREA_LABELS: Record<Area, string> = {
  time: 'Time',
  privacy: 'Privacy',
  disclosure: 'Honesty and disclosure',
  'personal-space': 'Personal space',
  money: 'Money',
  other: 'Something else',
};

export const CONVERSATION_STATUS_LABELS: Record<Conversation['status'], string> = {
  planned: 'Planned',
  'in-progress': 'Happening now',
  paused: 'On a break',
  held: 'Held',
  skipped: 'Skipped',
};
