import { useId } from 'react';
import type { PassphraseAssessment } from '../../../shared/passphrase';

const WORDS: Record<PassphraseAssessment['score'], string> = {
  0: 'Too easy to guess',
  1: 'Easy to guess',
  2: 'Could be stronger',
  3: 'Strong',
  4: 'Very strong',
};

interface StrengthMeterProps {
  assessment: PassphraseAssessment | null;
  /** Lets the passphrase input point at the meter (aria-describedby). */
  id?: string;
}

/** Passphrase strength as a labelled meter with words, never colour alone. */
export function StrengthMeter({ assessment, id }: StrengthMeterProps) {
  const labelId = useId();
  const score = assessment?.score ?? 0;
  const words = assessment ? WORDS[assessment.score] : 'Not entered yet';
  return (
    <div className="strength" id={id}>
      <div className="strength__row">
        <span className="strength__label" id={labelId}>
          Passphrase strength
        </span>
        <span className="strength__words">{words}</span>
      </div>
      <div
        className="strength__track"
        role="meter"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={4}
        aria-valuenow={score}
        aria-valuetext={words}
        data-score={assessment ? score : 'none'}
      >
        {[1, 2, 3, 4].map((step) => (
          <span key={step} className="strength__step" data-on={assessment !== null && score >= step ? '' : undefined} />
        ))}
      </div>
      {assessment?.hint ? <p className="strength__hint">{assessment.hint}</p> : null}
    </div>
  );
}
