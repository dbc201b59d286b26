import { Slider } from 'radix-ui';
import { useId } from 'react';
import { Button } from '../../ui/Button';

interface IntensitySliderProps {
  value: number | null;
  onChange(next: number | null): void;
}

function describe(n: number): string {
  if (n === 0) return 'barely there';
  if (n <= 3) return 'mild';
  if (n <= 6) return 'strong';
  if (n <= 8) return 'very strong';
  return 'overwhelming';
}

/** How strong it felt, 0–10, in words as well as a number. Untouched means "not recorded". */
export function IntensitySlider({ value, onChange }: IntensitySliderProps) {
  const labelId = useId();
  const text = value === null ? 'Not set' : `${value} of 10 — ${describe(value)}`;
  return (
    <div className="entry-field">
      <div className="entry-field__head">
        <span className="entry-field__label" id={labelId}>
          How strong it felt
        </span>
        <span className="entry-field__value" aria-hidden="true">
          {text}
        </span>
        {value !== null ? (
          <Button variant="link" className="entry-field__clear" onClick={() => onChange(null)}>
            Clear
          </Button>
        ) : null}
      </div>
      <Slider.Root
        className="slider"
        data-unset={value === null || undefined}
        min={0}
        max={10}
        step={1}
        value={[value ?? 0]}
        onValueChange={([v]) => onChange(v ?? 0)}
        aria-labelledby={labelId}
        // Radix reports only changes, so choosing 0 while unset would do nothing; start from 0.
        onPointerDown={() => value === null && onChange(0)}
      >
        <Slider.Track className="slider__track">
          <Slider.Range className="slider__range" />
        </Slider.Track>
        <Slider.Thumb className="slider__thumb" aria-labelledby={labelId} aria-valuetext={text} />
      </Slider.Root>
      <div className="slider__ends" aria-hidden="true">
        <span>0 · barely</span>
        <span>10 · overwhelming</span>
      </div>
    </div>
  );
}
