import { useId, useState } from 'react';
import { IsoDate } from '../../../../shared/domain/entry';
import { todayIso } from './dates';

interface HappenedOnFieldProps {
  value: string;
  onChange(next: string): void;
}

/**
 * The day it happened, which may be long before the day it is written down. While the box holds
 * something that is not a real date, the last good date is kept and nothing is saved over it.
 */
export function HappenedOnField({ value, onChange }: HappenedOnFieldProps) {
  const id = useId();
  const messageId = useId();
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState<string | null>(null);

  function change(next: string) {
    setText(next);
    if (next === '') {
      setProblem('Choose the day it happened.');
      return;
    }
    const parsed = IsoDate.safeParse(next);
    if (!parsed.success) {
      setProblem(parsed.error.issues[0]?.message ?? 'That date does not exist.');
      return;
    }
    setProblem(null);
    onChange(parsed.data);
  }

  return (
    <div className="entry-meta-field">
      <label className="entry-meta-field__label" htmlFor={id}>
        Happened on
      </label>
      <input
        id={id}
        className="input input--date entry-meta-field__date"
        type="date"
        autoComplete="off"
        max={todayIso()}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? messageId : undefined}
        onChange={(e) => change(e.target.value)}
        onBlur={() => {
          // Leaving the box empty puts the last good date back rather than leaving it blank.
          if (problem) {
            setText(value);
            setProblem(null);
          }
        }}
      />
      {problem ? (
        <p className="field__message field__message--caution" id={messageId}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}
