import { useId } from 'react';
import type { Sharing } from './filters';
import { FilterPopover } from './FilterPopover';

const OPTIONS: readonly { value: Sharing; label: string }[] = [
  { value: 'any', label: 'Private and shared' },
  { value: 'private', label: 'Only private' },
  { value: 'shared', label: 'Only shared with my partner' },
];

/** Private or shared: nothing is shared by default, so most entries are private. */
export function SharingFilter({ value, onChange }: { value: Sharing; onChange(next: Sharing): void }) {
  const name = useId();
  const chosen = value === 'private' ? 'Private' : value === 'shared' ? 'Shared' : null;
  return (
    <FilterPopover label="Sharing" title="Filter by sharing" chosen={chosen}>
      <fieldset className="popover__fieldset">
        <legend className="popover__legend">Show</legend>
        {OPTIONS.map((o) => (
          <label key={o.value} className="check-row">
            <input type="radio" name={name} checked={value === o.value} onChange={() => onChange(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
    </FilterPopover>
  );
}
