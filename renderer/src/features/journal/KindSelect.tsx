import { useId } from 'react';
import { ENTRY_KINDS, KIND_LABELS, type EntryKind } from '../../../../shared/domain/entry';
import { ChevronDownIcon } from './icons';

/** What kind of entry this is; a native select, so it behaves as every platform expects. */
export function KindSelect({ value, onChange }: { value: EntryKind; onChange(next: EntryKind): void }) {
  const id = useId();
  return (
    <div className="entry-meta-field">
      <label className="entry-meta-field__label" htmlFor={id}>
        Kind
      </label>
      <span className="kind-select" data-kind={value}>
        <span className="kind-chip__dot" aria-hidden="true" />
        <select id={id} className="kind-select__control" autoComplete="off" value={value} onChange={(e) => onChange(e.target.value as EntryKind)}>
          {ENTRY_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        <ChevronDownIcon size={16} className="kind-select__chevron" />
      </span>
    </div>
  );
}
