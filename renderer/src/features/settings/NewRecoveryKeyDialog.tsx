import { useState, type FormEvent } from 'react';
import { Dialog } from 'radix-ui';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { isLockedError, messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { RecoveryKeyFlow } from '../vault/RecoveryKeyFlow';

interface NewRecoveryKeyDialogProps {
  label: string;
  onDone: () => void;
}

/**
 * Asks for the passphrase, then shows the new key once and checks it was kept. Once the new key
 * exists the old one is gone, so the dialog cannot be dismissed until the new key is confirmed.
 */
export function NewRecoveryKeyDialog({ label, onDone }: NewRecoveryKeyDialogProps) {
  const { syncStatus } = useSession();
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const mustStay = recoveryKey !== null;
  const keepOpen = (e: Event) => {
    if (mustStay) e.preventDefault();
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (passphrase.length === 0) {
      setError('Enter your passphrase to continue.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.vault.regenerateRecoveryKey({ passphrase });
      setPassphrase('');
      setRecoveryKey(result.recoveryKey);
    } catch (err) {
      if (isLockedError(err)) void syncStatus();
      else setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog.Portal>
      <Dialog.Overlay className="dialog-overlay" />
      <Dialog.Content
        className={`dialog ${mustStay ? 'dialog--wide' : ''}`}
        onEscapeKeyDown={keepOpen}
        onPointerDownOutside={keepOpen}
        onInteractOutside={keepOpen}
        aria-describedby={undefined}
      >
        {recoveryKey ? (
          <RecoveryKeyFlow
            recoveryKey={recoveryKey}
            label={label}
            renderHeading={(text) => (
              <Dialog.Title asChild>
                <FocusHeading key={text} level={2} className="dialog__title">
                  {text}
                </FocusHeading>
              </Dialog.Title>
            )}
            title="Your new recovery key"
            confirmLabel="Confirm"
            onDone={onDone}
          />
        ) : (
          <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
            <Dialog.Title className="dialog__title">Get a new recovery key</Dialog.Title>
            <p>Your current recovery key will stop working as soon as the new one is made. Enter your passphrase to continue.</p>
            <Field label="Passphrase">
              {({ inputId, describedBy }) => (
                <PassphraseInput
                  id={inputId}
                  aria-describedby={describedBy}
                  autoComplete="current-password"
                  autoFocus
                  value={passphrase}
                  onChange={(e) => setPassphrase(e.target.value)}
                  readOnly={busy}
                />
              )}
            </Field>
            {error ? (
              <Notice tone="caution" role="alert">
                <p>{error}</p>
              </Notice>
            ) : null}
            <WorkingNotice message={busy ? 'Making your new key…' : null} />
            <div className="button-row">
              <Dialog.Close asChild>
                <Button variant="quiet" disabled={busy}>
                  Cancel
                </Button>
              </Dialog.Close>
              <Button type="submit" variant="primary" disabled={busy}>
                {busy ? 'Making it…' : 'Make a new key'}
              </Button>
            </div>
          </form>
        )}
      </Dialog.Content>
    </Dialog.Portal>
  );
}
