import type { EntryFilters, EntrySummary } from '../../../shared/domain/entry';

/** Every given filter must hold (they combine with AND; values inside one filter with OR). */
export function matchesFilters(e: EntrySummary, f: EntryFilters): boolean {
  if (f.kinds?.length && !f.kinds.includes(e.kind)) return false;
  if (f.emotions?.length && !f.emotions.some((x) => e.emotions.includes(x))) return false;
  if (f.tags?.length) {
    const mine = new Set(e.tags.map((t) => t.toLowerCase()));
    if (!f.tags.some((t) => mine.has(t.toLowerCase()))) return false;
  }
  if (f.moodMin !== undefined && (e.mood === null || e.mood < f.moodMin)) return false;
  if (f.moodMax !== undefined && (e.mood === null || e.mood > f.moodMax)) return false;
  if (f.from && e.happenedOn < f.from) return false;
  if (f.to && e.happenedOn > f.to) return false;
  if (f.sharing === 'private' && e.sharedAt !== null) return false;
  if (f.sharing === 'shared' && e.sharedAt === null) return false;
  return true;
}

/** Newest first: by the day it happened, then by when it was written. */
export function newestFirst(a: EntrySummary, b: EntrySummary): number {
  if (a.happenedOn !== b.happenedOn) return a.happenedOn < b.happenedOn ? 1 : -1;
  return b.createdAt - a.createdAt;
}
