import { Slider } from 'radix-ui';
import { useId } from 'react';
import { MOOD_LABELS } from '../../../../shared/domain/entry';
import { Button } from '../../ui/Button';
import { FilterPopover } from './FilterPopover';

interface MoodFilterProps {
  value: [number, number] | null;
  onChange(next: [number, number] | null): void;
}

const moodWord = (n: number) => MOOD_LABELS[n - 1] ?? '';

/** A two-thumb range over the five moods, with the words under it; "Any mood" clears it. */
export function MoodFilter({ value, onChange }: MoodFilterProps) {
  const labelId = useId();
  const range = value ?? [1, 5];
  const chosen = value ? (value[0] === value[1] ? moodWord(value[0]) : `${moodWord(value[0])}–${moodWord(value[1])}`) : null;
  return (
    <FilterPopover label="Mood" title="Filter by mood" chosen={chosen}>
      <div className="mood-filter">
        <p className="popover__legend" id={labelId}>
          Show entries with a mood from <strong>{moodWord(range[0]).toLowerCase()}</strong> to{' '}
          <strong>{moodWord(range[1]).toLowerCase()}</strong>
        </p>
        <Slider.Root
          className="slider"
          min={1}
          max={5}
          step={1}
          minStepsBetweenThumbs={0}
          value={range}
          onValueChange={(v) => {
            const [lo = 1, hi = 5] = v;
            onChange(lo === 1 && hi === 5 ? null : [lo, hi]);
          }}
          aria-labelledby={labelId}
        >
          <Slider.Track className="slider__track">
            <Slider.Range className="slider__range" />
          </Slider.Track>
          <Slider.Thumb className="slider__thumb" aria-label="Lowest mood" aria-valuetext={moodWord(range[0])} />
          <Slider.Thumb className="slider__thumb" aria-label="Highest mood" aria-valuetext={moodWord(range[1])} />
        </Slider.Root>
        <div className="mood-filter__scale" aria-hidden="true">
          {MOOD_LABELS.map((m) => (
            <span key={m}>{m}</span>
          ))}
        </div>
        <p className="popover__hint">Entries without a mood are left out while this is set.</p>
        {value ? (
          <Button variant="link" onClick={() => onChange(null)}>
            Any mood
          </Button>
        ) : null}
      </div>
    </FilterPopover>
  );
}
