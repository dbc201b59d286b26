import { emotionLabel } from '../../../../shared/domain/emotions';
import { MOOD_LABELS, type EntryFilters, type EntryKind } from '../../../../shared/domain/entry';
import { addDays, addMonths, mediumDay } from './dates';

export const DATE_PRESETS = {
  'last-month': { label: 'Last 30 days', phrase: 'last 30 days' },
  'last-3-months': { label: 'Last 3 months', phrase: 'last 3 months' },
  'last-year': { label: 'Last 12 months', phrase: 'last 12 months' },
} as const;
export type DatePreset = keyof typeof DATE_PRESETS;

export type DateFilter = { preset: DatePreset } | { from: string | null; to: string | null };
export type Sharing = 'any' | 'private' | 'shared';

/**
 * What the person chose in the filter bar. Kept apart from the core's EntryFilters because a
 * relative range ("last 3 months") must stay relative: it is turned into dates only when asked.
 */
export interface JournalFilters {
  kinds: EntryKind[];
  emotions: string[];
  tags: string[];
  /** Inclusive mood range on the 1–5 scale; null means any mood (and entries without one). */
  mood: [number, number] | null;
  dates: DateFilter | null;
  sharing: Sharing;
}

export const NO_FILTERS: JournalFilters = { kinds: [], emotions: [], tags: [], mood: null, dates: null, sharing: 'any' };

/** A "between dates" choice with neither end filled in yet narrows nothing. */
function hasDates(d: DateFilter | null): d is DateFilter {
  return d !== null && ('preset' in d || d.from !== null || d.to !== null);
}

export function activeFilterCount(f: JournalFilters): number {
  return (
    (f.kinds.length > 0 ? 1 : 0) +
    (f.emotions.length > 0 ? 1 : 0) +
    (f.tags.length > 0 ? 1 : 0) +
    (f.mood ? 1 : 0) +
    (hasDates(f.dates) ? 1 : 0) +
    (f.sharing !== 'any' ? 1 : 0)
  );
}

export function presetRange(preset: DatePreset, today: string): { from: string; to: string } {
  switch (preset) {
    case 'last-month':
      return { from: addDays(today, -29), to: today };
    case 'last-3-months':
      return { from: addMonths(today, -3), to: today };
    case 'last-year':
      return { from: addMonths(today, -12), to: today };
  }
}

/** The core's filter object. `today` is passed in so a preset means the same thing everywhere. */
export function toEntryFilters(f: JournalFilters, today: string): EntryFilters {
  const out: EntryFilters = {};
  if (f.kinds.length) out.kinds = f.kinds;
  if (f.emotions.length) out.emotions = f.emotions;
  if (f.tags.length) out.tags = f.tags;
  if (f.mood) {
    out.moodMin = f.mood[0];
    out.moodMax = f.mood[1];
  }
  if (hasDates(f.dates)) {
    if ('preset' in f.dates) Object.assign(out, presetRange(f.dates.preset, today));
    else {
      // A range typed backwards is read the way it was meant rather than refused.
      const { from, to } = f.dates;
      const [a, b] = from && to && from > to ? [to, from] : [from, to];
      if (a) out.from = a;
      if (b) out.to = b;
    }
  }
  if (f.sharing !== 'any') out.sharing = f.sharing;
  return out;
}

const KIND_PLURALS: Record<EntryKind, string> = {
  feeling: 'Feelings',
  setback: 'Setbacks',
  'small-recovery': 'Small recoveries',
  gratitude: 'Gratitude',
  reflection: 'Reflections',
};

function orList(words: string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

export function moodRangePhrase([lo, hi]: [number, number]): string {
  const a = MOOD_LABELS[lo - 1] ?? '';
  const b = MOOD_LABELS[hi - 1] ?? '';
  return lo === hi ? `mood ${a.toLowerCase()}` : `mood ${a.toLowerCase()} to ${b.toLowerCase()}`;
}

export function datePhrase(d: DateFilter): string {
  if ('preset' in d) return DATE_PRESETS[d.preset].phrase;
  if (d.from && d.to) return `${mediumDay(d.from < d.to ? d.from : d.to)} to ${mediumDay(d.from < d.to ? d.to : d.from)}`;
  if (d.from) return `since ${mediumDay(d.from)}`;
  if (d.to) return `until ${mediumDay(d.to)}`;
  return 'any time';
}

/** The filters in plain words, e.g. "Setbacks · feeling hurt · last 3 months". */
export function describeFilters(f: JournalFilters): string {
  const parts: string[] = [];
  if (f.kinds.length) parts.push(orList(f.kinds.map((k, i) => (i === 0 ? KIND_PLURALS[k] : KIND_PLURALS[k].toLowerCase()))));
  if (f.emotions.length) parts.push(`feeling ${orList(f.emotions.map((e) => emotionLabel(e).toLowerCase()))}`);
  if (f.tags.length) parts.push(`tagged ${orList(f.tags)}`);
  if (f.mood) parts.push(moodRangePhrase(f.mood));
  if (hasDates(f.dates)) parts.push(datePhrase(f.dates));
  if (f.sharing === 'private') parts.push('private only');
  if (f.sharing === 'shared') parts.push('shared with your partner');
  if (parts.length === 0) return 'All entries';
  parts[0] = capitalise(parts[0]!);
  return parts.join(' · ');
}
