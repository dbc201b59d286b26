import { useState } from 'react';
import { usePassphraseAssessment } from '../../lib/usePassphraseAssessment';

/**
 * State for choosing a passphrase: typed twice, checked against the core's own policy.
 * `context` holds words the passphrase must not lean on (the journal's label).
 */
export function useNewPassphrase(context: readonly string[]) {
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const assessment = usePassphraseAssessment(passphrase, context);
  const matches = confirm.length > 0 && confirm === passphrase;
  const acceptable = assessment?.acceptable ?? false;

  let missing: string | null = null;
  if (passphrase.length === 0) missing = 'Choose a passphrase to continue.';
  else if (!acceptable) missing = 'Choose a stronger passphrase to continue.';
  else if (!matches) missing = 'Type the same passphrase again to continue.';

  return {
    passphrase,
    confirm,
    setPassphrase,
    setConfirm,
    assessment,
    matches,
    ready: missing === null,
    /** Why the form cannot go on yet, in words; null when it can. */
    missing,
    reset() {
      setPassphrase('');
      setConfirm('');
    },
  };
}

export type NewPassphraseState = ReturnType<typeof useNewPassphrase>;
