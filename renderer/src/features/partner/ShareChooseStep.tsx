import { useId, useState } from 'react';
import { KIND_LABELS, type EntrySummary } from '../../../../shared/domain/entry';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { dateOf, entriesCount, longDay } from './format';
import { LIST_LIMIT, useEntryChoices } from './useEntryChoices';
import { titleOf } from './useEntryTitles';

/** The core accepts up to 100 entries per packet. */
export const MAX_SHARE_ENTRIES = 100;

interface ShareChooseStepProps {
  partnerName: string;
  selected: readonly EntrySummary[];
  onToggle: (entry: EntrySummary) => void;
  onNext: () => void;
  onCancel: () => void;
}

/** Step one: pick the entries, from the most recent or by searching. Nothing is chosen for you. */
export function ShareChooseStep({ partnerName, selected, onToggle, onNext, onCancel }: ShareChooseStepProps) {
  const [query, setQuery] = useState('');
  const { entries, total, error } = useEntryChoices(query);
  const searchId = useId();
  const chosen = new Set(selected.map((e) => e.id));
  const full = selected.length >= MAX_SHARE_ENTRIES;

  return (
    <div className="share-step">
      <div className="field">
        <label className="field__label" htmlFor={searchId}>
          Find an entry
        </label>
        <input
          id={searchId}
          type="search"
          className="input"
          spellCheck={false}
          autoComplete="off"
          placeholder="Search titles and what you wrote"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}

      {entries === null ? (
        <p className="partner-muted">Loading your entries…</p>
      ) : entries.length === 0 && !error ? (
        query.trim() ? (
          <p className="partner-muted">No entries match “{query.trim()}”.</p>
        ) : (
          <div className="partner-empty">
            <p className="partner-empty__title">Nothing to share yet</p>
            <p>Your journal is empty for now. Once you’ve written something you’d like {partnerName} to read, you can share it here.</p>
          </div>
        )
      ) : (
        <ul className="entry-picker" aria-label="Your entries">
          {entries.map((e) => {
            const on = chosen.has(e.id);
            return (
              <li key={e.id}>
                <label className="entry-picker__row" data-checked={on || undefined}>
                  <input type="checkbox" className="partner-checkbox" checked={on} disabled={!on && full} onChange={() => onToggle(e)} />
                  <span className="entry-picker__text">
                    <span className="entry-picker__title">{titleOf(e)}</span>
                    <span className="entry-picker__meta">
                      {KIND_LABELS[e.kind]} · {longDay(e.happenedOn)}
                      {e.sharedAt ? <span className="entry-picker__shared"> · Shared before, {dateOf(e.sharedAt)}</span> : null}
                    </span>
                    {e.excerpt ? <span className="entry-picker__excerpt">{e.excerpt}</span> : null}
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
      {total !== null && total > LIST_LIMIT ? (
        <p className="partner-muted">Showing your {LIST_LIMIT} most recent entries. Search to find older ones.</p>
      ) : null}

      <div className="share-step__footer">
        <p className="share-step__count" role="status">
          {selected.length === 0 ? 'No entries chosen yet.' : `${entriesCount(selected.length)} chosen.`}
          {full ? ` That’s the most one packet can hold.` : ''}
        </p>
        <div className="button-row">
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
          <Button variant="primary" onClick={onNext} disabled={selected.length === 0}>
            Next: notes and details
          </Button>
        </div>
      </div>
    </div>
  );
}
