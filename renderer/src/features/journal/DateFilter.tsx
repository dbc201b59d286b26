import { useId } from 'react';
import { Button } from '../../ui/Button';
import { DATE_PRESETS, datePhrase, type DateFilter as DateFilterValue, type DatePreset } from './filters';
import { FilterPopover } from './FilterPopover';

interface DateFilterProps {
  value: DateFilterValue | null;
  onChange(next: DateFilterValue | null): void;
}

type Choice = 'any' | DatePreset | 'custom';

/** When things happened: a few relative ranges, or exact days (either end may stay open). */
export function DateFilter({ value, onChange }: DateFilterProps) {
  const name = useId();
  const fromId = useId();
  const toId = useId();
  const choice: Choice = value === null ? 'any' : 'preset' in value ? value.preset : 'custom';
  const custom = value !== null && !('preset' in value) ? value : { from: null, to: null };

  function choose(c: Choice) {
    if (c === 'any') onChange(null);
    else if (c === 'custom') onChange({ from: custom.from, to: custom.to });
    else onChange({ preset: c });
  }

  function setEnd(end: 'from' | 'to', raw: string) {
    const next = { ...custom, [end]: raw === '' ? null : raw };
    onChange(next);
  }

  const chosen =
    value === null ? null : 'preset' in value ? DATE_PRESETS[value.preset].label : value.from || value.to ? datePhrase(value) : null;

  return (
    <FilterPopover label="When" title="Filter by when it happened" chosen={chosen}>
      <fieldset className="popover__fieldset">
        <legend className="popover__legend">Show entries from</legend>
        <label className="check-row">
          <input type="radio" name={name} checked={choice === 'any'} onChange={() => choose('any')} />
          <span>Any time</span>
        </label>
        {(Object.keys(DATE_PRESETS) as DatePreset[]).map((p) => (
          <label key={p} className="check-row">
            <input type="radio" name={name} checked={choice === p} onChange={() => choose(p)} />
            <span>{DATE_PRESETS[p].label}</span>
          </label>
        ))}
        <label className="check-row">
          <input type="radio" name={name} checked={choice === 'custom'} onChange={() => choose('custom')} />
          <span>Between dates</span>
        </label>
      </fieldset>
      {choice === 'custom' ? (
        <div className="date-filter__range">
          <div className="date-filter__end">
            <label htmlFor={fromId}>From</label>
            <input
              id={fromId}
              className="input input--date"
              type="date"
              value={custom.from ?? ''}
              onChange={(e) => setEnd('from', e.target.value)}
            />
          </div>
          <div className="date-filter__end">
            <label htmlFor={toId}>To</label>
            <input
              id={toId}
              className="input input--date"
              type="date"
              value={custom.to ?? ''}
              onChange={(e) => setEnd('to', e.target.value)}
            />
          </div>
        </div>
      ) : null}
      {value !== null ? (
        <Button variant="link" onClick={() => onChange(null)}>
          Any time
        </Button>
      ) : null}
    </FilterPopover>
  );
}
