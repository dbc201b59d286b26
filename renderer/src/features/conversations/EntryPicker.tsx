import { useEffect, useId, useState } from 'react';
import { KIND_LABELS, type EntrySummary } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';
import { shortDate } from './when';

interface EntryPickerProps {
  selected: readonly string[];
  onChange: (ids: string[]) => void;
}

/**
 * Entries to bring to the conversation. Choosing here only stages them in my private preparation;
 * nothing leaves until I seal a share packet myself.
 */
export function EntryPicker({ selected, onChange }: EntryPickerProps) {
  const explain = useExplain();
  const legendId = useId();
  const [entries, setEntries] = useState<EntrySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.entries.list({ filters: {}, trash: false, page: { offset: 0, limit: 200 } }).then(
      (r) => alive && setEntries(r.items),
      (e: unknown) => {
        const message = explain(e);
        if (alive && message) setError(message);
      },
    );
    return () => {
      alive = false;
    };
  }, [explain]);

  if (error) {
    return (
      <Notice tone="caution" role="alert">
        <p>{error}</p>
      </Notice>
    );
  }
  if (!entries) return <p className="conv-muted">Loading your entries…</p>;
  if (entries.length === 0) {
    return <p className="conv-muted">Your journal is empty so far. Entries you write in the Journal can be brought here.</p>;
  }

  const toggle = (id: string, on: boolean) => onChange(on ? [...selected, id] : selected.filter((x) => x !== id));

  return (
    <fieldset className="conv-entries" aria-describedby={legendId}>
      <legend className="visually-hidden">Entries from my journal</legend>
      <p className="visually-hidden" id={legendId}>
        {selected.length} chosen
      </p>
      <ul className="conv-entries__list">
        {entries.map((e) => {
          const checked = selected.includes(e.id);
          return (
            <li key={e.id}>
              <label className="conv-entry" data-checked={checked || undefined}>
                <input type="checkbox" className="conv-entry__check" checked={checked} onChange={(ev) => toggle(e.id, ev.target.checked)} />
                <span className="conv-entry__text">
                  <span className="conv-entry__title">{e.title || 'Untitled entry'}</span>
                  <span className="conv-entry__meta">
                    {KIND_LABELS[e.kind]} · {shortDate(e.happenedOn)}
                    {e.sharedAt ? ' · shared before' : ''}
                  </span>
                  {e.excerpt ? <span className="conv-entry__excerpt">{e.excerpt}</span> : null}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
