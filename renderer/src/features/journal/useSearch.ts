import { useEffect, useState } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import type { EntryFilters } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { useLockedCatchUp } from './useLockedCatchUp';

export type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; hits: SearchHit[] | null }
  | { status: 'done'; hits: SearchHit[] }
  | { status: 'failed'; message: string };

/** Waits for a short pause in typing, so each keystroke does not start a search. */
const DEBOUNCE_MS = 180;
export const SEARCH_LIMIT = 100;

/** An answer, labelled with the question it answers. */
type Answer = { key: string; hits: SearchHit[] } | { key: string; message: string };

/** Ranked results from the core's index (prefix and typo tolerant), within the current filters. */
export function useSearch(query: string, filters: EntryFilters, version: number): SearchState {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const catchUp = useLockedCatchUp();
  const q = query.trim();
  const key = JSON.stringify([q, filters, version]);

  useEffect(() => {
    if (!q) return;
    let live = true;
    const timer = setTimeout(() => {
      api.entries.search({ query: q, filters: (JSON.parse(key) as [string, EntryFilters])[1], limit: SEARCH_LIMIT }).then(
        (r) => live && setAnswer({ key, hits: r.hits }),
        (e: unknown) => {
          if (!live) return;
          catchUp(e);
          setAnswer({ key, message: messageOf(e) });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [q, key, catchUp]);

  if (!q) return { status: 'idle' };
  if (answer?.key === key) return 'hits' in answer ? { status: 'done', hits: answer.hits } : { status: 'failed', message: answer.message };
  // The last results stay on screen while the next ones come, so the list does not flicker.
  return { status: 'searching', hits: answer && 'hits' in answer ? answer.hits : null };
}
