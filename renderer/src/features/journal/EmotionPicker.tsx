import { Popover } from 'radix-ui';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { EMOTION_GROUPS } from '../../../../shared/domain/emotions';
import { Button } from '../../ui/Button';
import { ChevronDownIcon, SearchIcon } from './icons';

interface EmotionPickerProps {
  value: readonly string[];
  onChange(next: string[]): void;
  /** What the trigger says, e.g. "Add feelings" or "Feeling". */
  trigger: ReactNode;
  triggerClassName?: string;
  /** Accessible name of the trigger when its visible text is not enough. */
  triggerLabel?: string;
}

/**
 * Feelings grouped by family, with a search box for when the right word is hard to find.
 * Checkboxes (not a custom listbox) so every screen reader and keyboard already knows them.
 */
export function EmotionPicker({ value, onChange, trigger, triggerClassName, triggerLabel }: EmotionPickerProps) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const selected = useMemo(() => new Set(value), [value]);
  const q = query.trim().toLowerCase();
  const groups = useMemo(
    () =>
      EMOTION_GROUPS.map((g) => ({
        ...g,
        emotions: q && !g.label.toLowerCase().includes(q) ? g.emotions.filter((e) => e.label.toLowerCase().includes(q)) : g.emotions,
      })).filter((g) => g.emotions.length > 0),
    [q],
  );

  function toggle(id: string, on: boolean) {
    onChange(on ? [...value, id] : value.filter((x) => x !== id));
  }

  return (
    <Popover.Root onOpenChange={(open) => !open && setQuery('')}>
      <Popover.Trigger
        className={triggerClassName ?? 'picker-trigger'}
        aria-label={triggerLabel}
        data-active={value.length > 0 || undefined}
      >
        {trigger}
        <ChevronDownIcon size={16} className="picker-trigger__chevron" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover emotion-picker" align="start" sideOffset={6} collisionPadding={12} aria-label="Choose feelings">
          <div className="popover__search">
            <SearchIcon size={16} className="popover__search-icon" />
            <label className="visually-hidden" htmlFor={searchId}>
              Find a feeling
            </label>
            <input
              id={searchId}
              className="popover__search-input"
              type="search"
              placeholder="Find a feeling"
              autoComplete="off"
              spellCheck={false}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
            />
          </div>
          <div className="emotion-picker__groups">
            {groups.length === 0 ? <p className="popover__empty">No feeling by that name. Try another word.</p> : null}
            {groups.map((g) => (
              <fieldset key={g.id} className="emotion-picker__group">
                <legend className="emotion-picker__legend">{g.label}</legend>
                <div className="emotion-picker__options">
                  {g.emotions.map((e) => (
                    <label key={e.id} className="check-chip">
                      <input type="checkbox" checked={selected.has(e.id)} onChange={(ev) => toggle(e.id, ev.target.checked)} />
                      <span>{e.label}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
            ))}
          </div>
          {value.length > 0 ? (
            <div className="popover__foot">
              <span className="popover__count">{value.length} chosen</span>
              <Button variant="link" onClick={() => onChange([])}>
                Clear
              </Button>
            </div>
          ) : null}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
