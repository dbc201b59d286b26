import { useId } from 'react';
import { Button } from '../../ui/Button';
import type { JobProgress } from './useJob';

interface JobProgressBarProps {
  progress: JobProgress;
  /** What each step is called for this job, in plain words. */
  words: Record<string, string>;
  onCancel: () => void;
}

/** How far a long job has got, with a way to stop it. Without a total yet, the bar just breathes. */
export function JobProgressBar({ progress, words, onCancel }: JobProgressBarProps) {
  const labelId = useId();
  const { done, total, phase } = progress;
  const counted = total > 0;
  return (
    <div className="job-progress">
      <div className="job-progress__row">
        <span id={labelId} className="job-progress__label">
          {words[phase] ?? words.starting}
        </span>
        {counted ? (
          <span className="job-progress__count">
            {done.toLocaleString()} of {total.toLocaleString()}
          </span>
        ) : null}
      </div>
      <div className="job-progress__row">
        <progress
          className="job-progress__bar"
          aria-labelledby={labelId}
          max={counted ? total : undefined}
          value={counted ? done : undefined}
        />
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
