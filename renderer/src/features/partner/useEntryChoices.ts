import { useEffect, useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

/** Enough for months of writing; older entries are a search away. */
const LIST_LIMIT = 200;
/** Long enough that typing a word runs one search, not one per letter. */
const SEARCH_DELAY_MS = 250;

interface Choices {
  entries: EntrySummary[] | null;
  /** How many entries the journal holds in all, when listing (null while searching). */
  total: number | null;
  error: string | null;
}

/** The entries one can pick from: the most recent, or those matching a search (never trashed ones). */
export function useEntryChoices(query: string): Choices {
  const explain = useExplain();
  const [choices, setChoices] = useState<Choices>({ entries: null, total: null, error: null });
  const q = query.trim();

  useEffect(() => {
    let alive = true;
    const run = async () => {
      try {
        if (q === '') {
          const r = await api.entries.list({ page: { offset: 0, limit: LIST_LIMIT } });
          if (alive) setChoices({ entries: r.items, total: r.total, error: null });
        } else {
          const r = await api.entries.search({ query: q, limit: 100 });
          const entries = r.hits.map((h) => h.entry).filter((e) => e.trashedAt === null);
          if (alive) setChoices({ entries, total: null, error: null });
        }
      } catch (e) {
        if (alive) setChoices({ entries: [], total: null, error: explain(e) });
      }
    };
    const timer = setTimeout(() => void run(), q === '' ? 0 : SEARCH_DELAY_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [q, explain]);

  return choices;
}

export { LIST_LIMIT };
