import { RadioGroup } from 'radix-ui';
import { useId } from 'react';
import { MOOD_LABELS } from '../../../../shared/domain/entry';
import { Button } from '../../ui/Button';

interface MoodPickerProps {
  value: number | null;
  onChange(next: number | null): void;
}

/** Five moods as words (never faces or colours alone); choosing none is fine too. */
export function MoodPicker({ value, onChange }: MoodPickerProps) {
  const labelId = useId();
  return (
    <div className="entry-field">
      <div className="entry-field__head">
        <span className="entry-field__label" id={labelId}>
          Mood
        </span>
        {value !== null ? (
          <Button variant="link" className="entry-field__clear" onClick={() => onChange(null)}>
            Clear
          </Button>
        ) : null}
      </div>
      <RadioGroup.Root
        className="mood-picker"
        aria-labelledby={labelId}
        orientation="horizontal"
        value={value === null ? '' : String(value)}
        onValueChange={(v) => onChange(Number(v))}
      >
        {MOOD_LABELS.map((label, i) => (
          <RadioGroup.Item key={label} value={String(i + 1)} className="mood-picker__option" data-mood={i + 1}>
            <span className="mood-picker__dot" aria-hidden="true" />
            <span>{label}</span>
          </RadioGroup.Item>
        ))}
      </RadioGroup.Root>
    </div>
  );
}
