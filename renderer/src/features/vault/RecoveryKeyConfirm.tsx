import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { confirmationGroups, normalizeRecoveryKey } from '../../../../shared/recovery-key';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';

interface RecoveryKeyConfirmProps {
  recoveryKey: string;
  heading: ReactNode;
  confirmLabel: string;
  onConfirmed: () => void;
  onBack: () => void;
}

/**
 * Asks for two groups of the key back, so a key that was never written down is caught now, while
 * it can still be seen, rather than on the day it is needed.
 */
export function RecoveryKeyConfirm({ recoveryKey, heading, confirmLabel, onConfirmed, onBack }: RecoveryKeyConfirmProps) {
  const [first, second] = confirmationGroups(recoveryKey);
  const groups = recoveryKey.split('-');
  const [values, setValues] = useState<[string, string]>(['', '']);
  const [mismatch, setMismatch] = useState<number[]>([]);
  const errorId = useId();

  const expected: [number, string][] = [
    [first, groups[first - 1] ?? ''],
    [second, groups[second - 1] ?? ''],
  ];

  function submit(e: FormEvent) {
    e.preventDefault();
    const wrong = expected.filter(([, group], i) => normalizeRecoveryKey(values[i] ?? '') !== normalizeRecoveryKey(group)).map(([n]) => n);
    setMismatch(wrong);
    if (wrong.length === 0) onConfirmed();
  }

  return (
    <form className="stack" onSubmit={submit} noValidate>
      {heading}
      <p className="lead">
        To make sure it’s kept safe, type groups {first} and {second} from your recovery key.
      </p>
      <div className="confirm-groups">
        {expected.map(([n], i) => (
          <Field key={n} label={`Group ${n}`}>
            {({ inputId, describedBy }) => (
              <TextInput
                id={inputId}
                className="input--key input--group"
                aria-describedby={[describedBy, mismatch.includes(n) ? errorId : null].filter(Boolean).join(' ') || undefined}
                aria-invalid={mismatch.includes(n) ? true : undefined}
                autoComplete="off"
                autoCapitalize="characters"
                autoFocus={i === 0}
                maxLength={4}
                value={values[i]}
                onChange={(e) => {
                  const next: [string, string] = [...values];
                  next[i] = e.target.value;
                  setValues(next);
                }}
              />
            )}
          </Field>
        ))}
      </div>
      {mismatch.length > 0 ? (
        <Notice tone="caution" role="alert" id={errorId}>
          <p>
            {mismatch.length === 2 ? 'Neither group matches yet.' : `Group ${mismatch[0]} doesn’t match yet.`} Check your copy of the key,
            or go back and look at it again.
          </p>
        </Notice>
      ) : null}
      <div className="button-row">
        <Button variant="quiet" onClick={onBack}>
          Show the key again
        </Button>
        <Button type="submit" variant="primary" disabled={values.some((v) => v.trim().length === 0)}>
          {confirmLabel}
        </Button>
      </div>
    </form>
  );
}
