import { useId, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus, VaultSummary } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { TextInput } from '../../ui/TextInput';
import { WorkingNotice } from '../../ui/WorkingNotice';

interface RecoveryUnlockFormProps {
  vault: VaultSummary;
  onUnlocked: (status: VaultStatus) => void;
}

/** Opens a journal with its recovery key; the next screen asks for a new passphrase. */
export function RecoveryUnlockForm({ vault, onUnlocked }: RecoveryUnlockFormProps) {
  const [key, setKey] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (key.trim().length === 0) {
      setError('Enter your recovery key to continue.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onUnlocked(await api.vault.unlockWithRecoveryKey({ vaultId: vault.id, recoveryKey: key }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <Field
        label="Recovery key"
        hint="Eight groups of four letters and numbers, like the ones on the sheet you saved. Capitals and dashes don’t matter."
      >
        {({ inputId, describedBy }) => (
          <TextInput
            ref={inputRef}
            id={inputId}
            className="input--key"
            aria-describedby={[describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="off"
            autoCapitalize="characters"
            autoFocus
            placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            readOnly={busy}
          />
        )}
      </Field>

      {error ? (
        <Notice tone="caution" role="alert" id={errorId}>
          <p>{error}</p>
        </Notice>
      ) : null}

      <Button type="submit" variant="primary" wide disabled={busy}>
        {busy ? 'Checking…' : 'Unlock with recovery key'}
      </Button>
      <WorkingNotice message={busy ? 'Checking your recovery key…' : null} />
    </form>
  );
}
