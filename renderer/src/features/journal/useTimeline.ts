import { useCallback, useEffect, useRef, useState } from 'react';
import type { EntryFilters, EntrySummary } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { useLockedCatchUp } from './useLockedCatchUp';

/** Summaries are small; a page of 200 is one quick request, and scrolling asks for the next. */
export const PAGE_SIZE = 200;
const MAX_REQUEST = 500;

export interface TimelineData {
  items: EntrySummary[];
  total: number;
  /** How many entries could not be decrypted; they are reported, never shown. */
  damaged: number;
  status: 'loading' | 'ready' | 'failed';
  message: string | null;
}

const EMPTY: TimelineData = { items: [], total: 0, damaged: 0, status: 'loading', message: null };

/**
 * Newest-first summaries for the current filters, fetched a page at a time. `version` changes
 * after any write: the pages already loaded are fetched again (so an edit shows up where the
 * person is looking), while new filters start again from the top.
 */
export function useTimeline(filters: EntryFilters, trash: boolean, version: number, restoreCount: number) {
  const [data, setData] = useState<TimelineData>(EMPTY);
  const generation = useRef(0);
  const loaded = useRef(restoreCount);
  const moreInFlight = useRef(false);
  const filtersKey = JSON.stringify(filters);
  const lastFilters = useRef(filtersKey);
  const catchUp = useLockedCatchUp();

  useEffect(() => {
    const mine = ++generation.current;
    moreInFlight.current = false;
    const sameFilters = lastFilters.current === filtersKey;
    lastFilters.current = filtersKey;
    const want = sameFilters ? Math.max(PAGE_SIZE, loaded.current) : PAGE_SIZE;
    const query = JSON.parse(filtersKey) as EntryFilters;
    setData((d) => ({ ...d, status: 'loading' }));

    void (async () => {
      try {
        let items: EntrySummary[] = [];
        let total = 0;
        let damaged = 0;
        do {
          const page = await api.entries.list({
            filters: query,
            trash,
            page: { offset: items.length, limit: Math.min(MAX_REQUEST, want - items.length) },
          });
          if (generation.current !== mine) return;
          items = items.concat(page.items);
          total = page.total;
          damaged = page.damaged.length;
          if (page.items.length === 0) break;
        } while (items.length < Math.min(want, total));
        loaded.current = items.length;
        setData({ items, total, damaged, status: 'ready', message: null });
      } catch (e) {
        if (generation.current !== mine) return;
        catchUp(e);
        setData((d) => ({ ...d, status: 'failed', message: messageOf(e) }));
      }
    })();
  }, [filtersKey, trash, version, catchUp]);

  const loadMore = useCallback(() => {
    if (moreInFlight.current) return;
    const mine = generation.current;
    const offset = loaded.current;
    moreInFlight.current = true;
    void (async () => {
      try {
        const page = await api.entries.list({ filters: JSON.parse(filtersKey) as EntryFilters, trash, page: { offset, limit: PAGE_SIZE } });
        if (generation.current !== mine) return;
        setData((d) => {
          // Offsets can shift if something was written meanwhile; never show an entry twice.
          const seen = new Set(d.items.map((x) => x.id));
          const items = d.items.concat(page.items.filter((x) => !seen.has(x.id)));
          loaded.current = items.length;
          return { ...d, items, total: page.total, damaged: page.damaged.length };
        });
      } catch (e) {
        if (generation.current !== mine) return;
        catchUp(e);
        setData((d) => ({ ...d, status: 'failed', message: messageOf(e) }));
      } finally {
        if (generation.current === mine) moreInFlight.current = false;
      }
    })();
  }, [filtersKey, trash, catchUp]);

  return { data, loadMore, hasMore: data.items.length < data.total };
}
