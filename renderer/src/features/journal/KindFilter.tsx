import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../../../shared/domain/entry';
import { FilterPopover } from './FilterPopover';

export function KindFilter({ value, onChange }: { value: readonly EntryKind[]; onChange(next: EntryKind[]): void }) {
  return (
    <FilterPopover label="Kind" title="Filter by kind" chosen={value.length ? String(value.length) : null}>
      <fieldset className="popover__fieldset">
        <legend className="popover__legend">Show entries that are</legend>
        {ENTRY_KINDS.map((k) => (
          <label key={k} className="check-row" data-kind={k}>
            <input
              type="checkbox"
              checked={value.includes(k)}
              onChange={(e) => onChange(e.target.checked ? [...value, k] : value.filter((x) => x !== k))}
            />
            <span className="kind-chip__dot" aria-hidden="true" />
            <span>{KIND_LABELS[k]}</span>
          </label>
        ))}
      </fieldset>
    </FilterPopover>
  );
}
