import type { EntryKind, EntrySummary } from '../../../shared/domain/entry';

/**
 * The metadata snapshot: one encrypted record holding every entry's summary, so unlocking decrypts
 * one blob instead of 10,000 small records.
 *
 * Version 2 is columnar (one array per field, entries newest first) and leaves out excerpts:
 * a third of v1's bytes, because field names are not repeated 10,000 times and excerpts were half
 * of what remained. Unlock time is dominated by decrypting and parsing this record, so its size is
 * the figure that matters. Excerpts are only shown a page at a time; the journal service derives
 * them from the entry's text, or reads them from the entry's own record (see JournalService
 * `present`). v1 is still read: a vault written before v2 unlocks with its old snapshot and gets a
 * v2 one at the next rewrite.
 */
export const SNAPSHOT_TYPE = 'entry-index';
export const SNAPSHOT_ID = 'entry-index';

export interface SnapshotV2 {
  v: 2;
  id: string[];
  rev: number[];
  kind: EntryKind[];
  title: string[];
  mood: (number | null)[];
  intensity: (number | null)[];
  emotions: string[][];
  tags: string[][];
  happenedOn: string[];
  createdAt: number[];
  updatedAt: number[];
  wordCount: number[];
  trashedAt: (number | null)[];
  sharedAt: (number | null)[];
}

interface SnapshotV1 {
  v: 1;
  entries: EntrySummary[];
}

const COLUMNS = [
  'id',
  'rev',
  'kind',
  'title',
  'mood',
  'intensity',
  'emotions',
  'tags',
  'happenedOn',
  'createdAt',
  'updatedAt',
  'wordCount',
  'trashedAt',
  'sharedAt',
] as const satisfies readonly (keyof SnapshotV2 & keyof EntrySummary)[];

/** `entries` should already be newest first: the next unlock then sorts an ordered list (cheap). */
export function encodeSnapshot(entries: readonly EntrySummary[]): SnapshotV2 {
  const s = { v: 2 } as Record<string, unknown>;
  for (const col of COLUMNS) s[col] = entries.map((e) => e[col]);
  return s as unknown as SnapshotV2;
}

/**
 * Summaries from a stored snapshot, or null when it is not one this version understands. The
 * record is authenticated, so a bad shape means a bug or a foreign version, not an attack; either
 * way the caller falls back to reading every entry's own record.
 */
export function decodeSnapshot(value: unknown): { entries: EntrySummary[]; withExcerpts: boolean } | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = (value as { v?: unknown }).v;
  if (v === 1) {
    const entries = (value as SnapshotV1).entries;
    return Array.isArray(entries) ? { entries, withExcerpts: true } : null;
  }
  if (v !== 2) return null;
  const s = value as SnapshotV2;
  const n = Array.isArray(s.id) ? s.id.length : -1;
  if (n < 0 || !COLUMNS.every((col) => Array.isArray(s[col]) && s[col].length === n)) return null;
  const out = new Array<EntrySummary>(n);
  for (let i = 0; i < n; i++) {
    out[i] = {
      id: s.id[i]!,
      rev: s.rev[i]!,
      kind: s.kind[i]!,
      title: s.title[i]!,
      // Not stored: filled in when shown (the caller is told, by withExcerpts: false).
      excerpt: '',
      mood: s.mood[i]!,
      intensity: s.intensity[i]!,
      emotions: s.emotions[i]!,
      tags: s.tags[i]!,
      happenedOn: s.happenedOn[i]!,
      createdAt: s.createdAt[i]!,
      updatedAt: s.updatedAt[i]!,
      wordCount: s.wordCount[i]!,
      trashedAt: s.trashedAt[i]!,
      sharedAt: s.sharedAt[i]!,
    };
  }
  return { entries: out, withExcerpts: false };
}
