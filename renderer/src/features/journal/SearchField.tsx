import { forwardRef, useId, type KeyboardEvent } from 'react';
import { isMac } from '../../lib/useLockShortcut';
import { CloseIcon, SearchIcon } from './icons';

interface SearchFieldProps {
  value: string;
  onChange(next: string): void;
}

/** The journal's search box; Escape clears it, and Ctrl/⌘+F or K brings focus here from anywhere. */
export const SearchField = forwardRef<HTMLInputElement, SearchFieldProps>(function SearchField({ value, onChange }, ref) {
  const id = useId();
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'Escape' && value) {
      e.preventDefault();
      onChange('');
    }
  }
  return (
    <div className="search-field" role="search">
      <SearchIcon size={18} className="search-field__icon" />
      <label className="visually-hidden" htmlFor={id}>
        Search your journal
      </label>
      <input
        ref={ref}
        id={id}
        className="search-field__input"
        type="text"
        inputMode="search"
        enterKeyHint="search"
        placeholder="Search your journal"
        autoComplete="off"
        spellCheck={false}
        aria-keyshortcuts={isMac ? 'Meta+F Meta+K' : 'Control+F Control+K'}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
      />
      {value ? null : (
        <kbd className="search-field__hint" aria-hidden="true">
          {isMac ? '⌘F' : 'Ctrl+F'}
        </kbd>
      )}
      {value ? (
        <button type="button" className="search-field__clear" onClick={() => onChange('')} aria-label="Clear search">
          <CloseIcon size={16} />
        </button>
      ) : null}
    </div>
  );
});
