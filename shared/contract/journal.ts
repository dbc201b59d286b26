import { z } from 'zod';
import { channel } from './define';
import { Empty } from './app';
import { EntryDraft, EntryFilters, EntryId, EntryPatch, EntrySummary, Entry } from '../domain/entry';

const Page = z.object({
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(500).default(100),
});

export const SearchHit = z.object({
  entry: EntrySummary,
  score: z.number(),
  /** A short passage around the best match, and where the matched words are in it. */
  snippet: z.object({ text: z.string(), marks: z.array(z.tuple([z.number().int(), z.number().int()])) }),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const DamagedEntry = z.object({ id: z.string(), damaged: z.literal(true) });

export const journalContract = {
  'entries.create': channel(EntryDraft, Entry),
  'entries.update': channel(
    z
      .object({
        id: EntryId,
        /** The revision the editor started from; a newer one on disk means another window saved first. */
        baseRev: z.number().int().min(1).optional(),
        patch: EntryPatch,
      })
      .strict(),
    Entry,
  ),
  'entries.get': channel(z.object({ id: EntryId }).strict(), Entry),
  'entries.list': channel(
    z.object({ filters: EntryFilters.default({}), trash: z.boolean().default(false), page: Page.default({ offset: 0, limit: 100 }) }).strict(),
    z.object({ items: z.array(EntrySummary), total: z.number().int(), damaged: z.array(DamagedEntry) }),
  ),
  'entries.search': channel(
    z.object({ query: z.string().trim().min(1, 'Type something to search for.').max(200), filters: EntryFilters.default({}), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    z.object({ hits: z.array(SearchHit), indexing: z.boolean() }),
  ),
  'entries.facets': channel(Empty, z.object({ tags: z.array(z.object({ tag: z.string(), count: z.number().int() })), total: z.number().int(), trashed: z.number().int() })),
  'entries.trash': channel(z.object({ id: EntryId }).strict(), EntrySummary),
  'entries.restore': channel(z.object({ id: EntryId }).strict(), EntrySummary),
  'entries.purge': channel(z.object({ id: EntryId }).strict(), z.null()),
  'entries.emptyTrash': channel(Empty, z.object({ purged: z.number().int() })),
};
