import { useId } from 'react';
import { Button } from '../../ui/Button';
import { ArrowLeftIcon } from '../../ui/Icons';
import { monthLabel, shiftMonth } from './dates';

/** Two years is as far back as the list goes; the arrows go further for anyone who wants to. */
const LISTED_MONTHS = 24;

interface MonthPickerProps {
  value: string;
  /** The current month: nothing later can be chosen. */
  latest: string;
  onChange: (month: string) => void;
}

export function MonthPicker({ value, latest, onChange }: MonthPickerProps) {
  const selectId = useId();
  const listed = Array.from({ length: LISTED_MONTHS }, (_, i) => shiftMonth(latest, -i));
  const options = listed.includes(value) ? listed : [value, ...listed];
  return (
    <div className="month-picker">
      <Button variant="quiet" className="month-picker__step" onClick={() => onChange(shiftMonth(value, -1))} aria-label="Previous month">
        <ArrowLeftIcon size={18} />
      </Button>
      <label className="visually-hidden" htmlFor={selectId}>
        Month
      </label>
      <select
        id={selectId}
        className="input month-picker__select"
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((m) => (
          <option key={m} value={m}>
            {monthLabel(m)}
          </option>
        ))}
      </select>
      <Button
        variant="quiet"
        className="month-picker__step month-picker__step--next"
        onClick={() => onChange(shiftMonth(value, 1))}
        disabled={value >= latest}
        aria-label="Next month"
      >
        <ArrowLeftIcon size={18} />
      </Button>
    </div>
  );
}
