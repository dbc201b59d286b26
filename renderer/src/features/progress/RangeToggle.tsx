import { ToggleGroup } from 'radix-ui';
import { RANGES, type Months } from './range';

interface RangeToggleProps {
  value: Months;
  onChange: (months: Months) => void;
}

/** How far back to look: three, six or twelve months. One is always chosen. */
export function RangeToggle({ value, onChange }: RangeToggleProps) {
  return (
    <ToggleGroup.Root
      type="single"
      className="range-toggle"
      aria-label="How far back to look"
      value={String(value)}
      onValueChange={(v) => {
        // Radix clears the value when the chosen item is pressed again; a range must stay chosen.
        const found = RANGES.find((r) => String(r.months) === v);
        if (found) onChange(found.months);
      }}
    >
      {RANGES.map((r) => (
        <ToggleGroup.Item key={r.months} value={String(r.months)} className="range-toggle__item">
          {r.label}
        </ToggleGroup.Item>
      ))}
    </ToggleGroup.Root>
  );
}
