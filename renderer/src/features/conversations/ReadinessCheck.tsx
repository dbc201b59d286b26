import { RadioGroup } from 'radix-ui';
import { useId, type ReactNode } from 'react';
import type { Prep } from '../../../../shared/domain/conversation';
import { Field } from '../../ui/Field';
import { TextArea } from './TextArea';

interface ReadinessCheckProps {
  readiness: Prep['readiness'];
  onChange: (readiness: Prep['readiness']) => void;
  /** Ways to move the conversation, offered when the answer is "not yet". */
  reschedule: ReactNode;
}

/** An honest check with myself. "Not yet" is a good answer, and it gets a way forward, not a warning. */
export function ReadinessCheck({ readiness, onChange, reschedule }: ReadinessCheckProps) {
  const labelId = useId();
  const value = readiness.calmEnough === null ? '' : readiness.calmEnough ? 'yes' : 'not-yet';
  return (
    <div className="conv-readiness">
      <p className="field__label" id={labelId}>
        Am I calm enough to listen?
      </p>
      <RadioGroup.Root
        className="conv-choice"
        aria-labelledby={labelId}
        orientation="horizontal"
        value={value}
        onValueChange={(v) => onChange({ ...readiness, calmEnough: v === 'yes' })}
      >
        <RadioGroup.Item value="yes" className="conv-choice__item">
          Yes
        </RadioGroup.Item>
        <RadioGroup.Item value="not-yet" className="conv-choice__item">
          Not yet
        </RadioGroup.Item>
      </RadioGroup.Root>

      {readiness.calmEnough === true ? <p className="conv-muted">Good. Remember you can still call a pause at any point.</p> : null}
      {readiness.calmEnough === false ? (
        <div className="conv-readiness__later">
          <p>That’s worth knowing, and it’s okay. A conversation goes better when you can both listen. You could move it:</p>
          {reschedule}
          <Field label="A note to myself (optional)" hint="What would help me feel ready?">
            {({ inputId, describedBy }) => (
              <TextArea
                id={inputId}
                aria-describedby={describedBy}
                rows={2}
                maxLength={1000}
                value={readiness.note}
                onChange={(e) => onChange({ ...readiness, note: e.target.value })}
              />
            )}
          </Field>
        </div>
      ) : null}
    </div>
  );
}
