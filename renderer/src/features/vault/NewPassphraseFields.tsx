import { useId } from 'react';
import { Field } from '../../ui/Field';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { StrengthMeter } from '../../ui/StrengthMeter';
import type { NewPassphraseState } from './useNewPassphrase';

interface NewPassphraseFieldsProps {
  state: NewPassphraseState;
  passphraseLabel?: string;
  confirmLabel?: string;
  readOnly?: boolean;
}

/** A new passphrase, its strength, and the same passphrase again. */
export function NewPassphraseFields({
  state,
  passphraseLabel = 'Passphrase',
  confirmLabel = 'Confirm passphrase',
  readOnly = false,
}: NewPassphraseFieldsProps) {
  const meterId = useId();
  const { passphrase, confirm, matches } = state;
  const showMismatch = confirm.length > 0 && !matches && confirm.length >= passphrase.length;

  return (
    <>
      <Field
        label={passphraseLabel}
        hint="A few unrelated words work well: easy for you to remember, hard for anyone else to guess. At least 10 characters."
      >
        {({ inputId, describedBy }) => (
          <>
            <PassphraseInput
              id={inputId}
              aria-describedby={[describedBy, meterId].filter(Boolean).join(' ')}
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => state.setPassphrase(e.target.value)}
              readOnly={readOnly}
            />
            <StrengthMeter id={meterId} assessment={state.assessment} />
          </>
        )}
      </Field>
      <Field
        label={confirmLabel}
        message={showMismatch ? 'These don’t match yet.' : matches ? 'Both match.' : undefined}
        messageTone={matches ? 'ok' : 'caution'}
      >
        {({ inputId, describedBy }) => (
          <PassphraseInput
            id={inputId}
            aria-describedby={describedBy}
            aria-invalid={showMismatch ? true : undefined}
            autoComplete="new-password"
            value={confirm}
            onChange={(e) => state.setConfirm(e.target.value)}
            readOnly={readOnly}
          />
        )}
      </Field>
    </>
  );
}
