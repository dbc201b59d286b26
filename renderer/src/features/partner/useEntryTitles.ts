import { useEffect, useState } from 'react';
import { KIND_LABELS, type EntrySummary } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';

/** An id → "how to call this entry" map, from the journal and its trash. */
export type EntryTitles = ReadonlyMap<string, string>;

export function titleOf(e: Pick<EntrySummary, 'title' | 'kind'>): string {
  return e.title.trim() || `Untitled ${KIND_LABELS[e.kind].toLowerCase()}`;
}

/**
 * The share log keeps only entry ids (titles live, encrypted, in the entries). Two list calls,
 * journal and trash, cover everything still in the vault; an id in neither was deleted since.
 */
export function useEntryTitles(enabled: boolean): EntryTitles | null {
  const [titles, setTitles] = useState<EntryTitles | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let alive = true;
    const page = { offset: 0, limit: 500 };
    Promise.all([api.entries.list({ page }), api.entries.list({ trash: true, page })])
      .then(([live, trashed]) => {
        if (!alive) return;
        const map = new Map<string, string>();
        for (const e of trashed.items) map.set(e.id, `${titleOf(e)} (in the trash)`);
        for (const e of live.items) map.set(e.id, titleOf(e));
        setTitles(map);
      })
      // Titles are a nicety here; the log itself still shows dates, counts and fields.
      .catch(() => alive && setTitles(new Map()));
    return () => {
      alive = false;
    };
  }, [enabled]);
  return titles;
}
