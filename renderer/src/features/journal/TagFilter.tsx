import { useId, useState } from 'react';
import { FilterPopover } from './FilterPopover';
import { SearchIcon } from './icons';

interface TagFilterProps {
  tags: readonly { tag: string; count: number }[];
  value: readonly string[];
  onChange(next: string[]): void;
}

const SEARCHABLE_FROM = 8;

/** Tags in use across the journal, most used first, with how many entries carry each. */
export function TagFilter({ tags, value, onChange }: TagFilterProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const q = query.trim().toLowerCase();
  const lower = new Set(value.map((t) => t.toLowerCase()));
  // A chosen tag stays listed even if no entry carries it any more, so it can be unchosen.
  const missing = value.filter((t) => !tags.some((x) => x.tag.toLowerCase() === t.toLowerCase())).map((tag) => ({ tag, count: 0 }));
  const shown = [...missing, ...tags].filter((t) => !q || t.tag.toLowerCase().includes(q));

  function toggle(tag: string, on: boolean) {
    onChange(on ? [...value, tag] : value.filter((x) => x.toLowerCase() !== tag.toLowerCase()));
  }

  return (
    <FilterPopover label="Tag" title="Filter by tag" chosen={value.length ? String(value.length) : null}>
      {tags.length === 0 && missing.length === 0 ? (
        <p className="popover__empty">No tags yet. Add tags to an entry and they will appear here.</p>
      ) : (
        <>
          {tags.length >= SEARCHABLE_FROM ? (
            <div className="popover__search">
              <SearchIcon size={16} className="popover__search-icon" />
              <label className="visually-hidden" htmlFor={searchId}>
                Find a tag
              </label>
              <input
                id={searchId}
                className="popover__search-input"
                type="search"
                placeholder="Find a tag"
                autoComplete="off"
                spellCheck={false}
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            </div>
          ) : null}
          <fieldset className="popover__fieldset popover__fieldset--scroll">
            <legend className="popover__legend">Show entries tagged</legend>
            {shown.length === 0 ? <p className="popover__empty">No tag by that name.</p> : null}
            {shown.map((t) => (
              <label key={t.tag} className="check-row">
                <input type="checkbox" checked={lower.has(t.tag.toLowerCase())} onChange={(e) => toggle(t.tag, e.target.checked)} />
                <span className="check-row__text">{t.tag}</span>
                <span className="check-row__count">
                  {t.count}
                  <span className="visually-hidden">{t.count === 1 ? ' entry' : ' entries'}</span>
                </span>
              </label>
            ))}
          </fieldset>
        </>
      )}
    </FilterPopover>
  );
}
