import { useId, type ReactNode } from 'react';
import { CheckIcon } from '../../ui/Icons';

interface PairingStepProps {
  number: number;
  title: string;
  done?: boolean;
  /** Shown under the title when the step is not the current one. */
  summary?: ReactNode;
  children?: ReactNode;
}

/** One numbered step of pairing, as a titled region; a finished step says so in words, not just a tick. */
export function PairingStep({ number, title, done = false, summary, children }: PairingStepProps) {
  const titleId = useId();
  return (
    <li className="pairing-step" data-done={done || undefined} aria-labelledby={titleId}>
      <span className="pairing-step__marker" aria-hidden="true">
        {done ? <CheckIcon size={16} /> : number}
      </span>
      <div className="pairing-step__body">
        <h3 className="pairing-step__title" id={titleId}>
          {title}
          {done ? <span className="visually-hidden"> (done)</span> : null}
        </h3>
        {summary ? <div className="pairing-step__summary">{summary}</div> : null}
        {children}
      </div>
    </li>
  );
}
