import { useCallback, useId, useRef, useState, type FormEvent } from 'react';
import type { VaultStatus, VaultSummary } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf, retryAfterOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { RetryCountdown } from './RetryCountdown';

interface UnlockFormProps {
  vault: VaultSummary;
  onUnlocked: (status: VaultStatus) => void;
}

/** Passphrase → unlock. Keyed by vault in the parent, so nothing carries over between journals. */
export function UnlockForm({ vault, onUnlocked }: UnlockFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [waitUntil, setWaitUntil] = useState<number | null>(null);
  const [readyAgain, setReadyAgain] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const errorId = useId();

  const endWait = useCallback(() => {
    setWaitUntil(null);
    setReadyAgain(true);
  }, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || waitUntil !== null) return;
    if (passphrase.length === 0) {
      setError('Enter your passphrase to unlock.');
      inputRef.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setReadyAgain(false);
    try {
      const status = await api.vault.unlock({ vaultId: vault.id, passphrase });
      onUnlocked(status);
    } catch (err) {
      setError(messageOf(err));
      const ms = retryAfterOf(err);
      setWaitUntil(ms === null ? null : Date.now() + ms);
      setPassphrase('');
      setBusy(false);
      inputRef.current?.focus();
    }
  }

  const waiting = waitUntil !== null;
  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <Field label="Passphrase">
        {({ inputId, describedBy }) => (
          <PassphraseInput
            ref={inputRef}
            id={inputId}
            aria-describedby={[describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined}
            aria-invalid={error ? true : undefined}
            autoComplete="current-password"
            autoFocus
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            readOnly={busy}
          />
        )}
      </Field>

      {error ? (
        <Notice tone="caution" role="alert" id={errorId}>
          <p>{error}</p>
          {waitUntil !== null ? <RetryCountdown until={waitUntil} onDone={endWait} /> : null}
        </Notice>
      ) : null}
      <p className="visually-hidden" role="status">
        {readyAgain ? 'You can try again now.' : ''}
      </p>

      <Button type="submit" variant="primary" wide disabled={busy || waiting}>
        {busy ? 'Unlocking…' : 'Unlock'}
      </Button>
      <WorkingNotice message={busy ? 'Opening your journal…' : null} />
    </form>
  );
}
