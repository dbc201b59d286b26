import { AlertDialog } from 'radix-ui';
import { useState, type FormEvent } from 'react';
import type { OutputOf } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { Field } from '../../ui/Field';
import { Notice } from '../../ui/Notice';
import { PassphraseInput } from '../../ui/PassphraseInput';
import { TextInput } from '../../ui/TextInput';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { backupKindWord, backupWhen, type BackupInfo } from './backups';

type Secret = 'passphrase' | 'recoveryKey';
export type RestoreResult = OutputOf<'backup.restore'>;

interface RestoreDialogProps {
  vaultId: string;
  /** The backup to restore; the dialog is open while there is one. */
  backup: BackupInfo | null;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}

/**
 * Replacing a journal with a backup, asked once and plainly. The backup has to open with the
 * passphrase or recovery key from when it was made (the core checks before changing anything), and
 * a copy of the journal as it is now is kept first, so a restore can itself be undone.
 */
export function RestoreDialog({ vaultId, backup, onClose, onRestored }: RestoreDialogProps) {
  return (
    <AlertDialog.Root open={backup !== null} onOpenChange={(open) => !open && onClose()}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog restore-dialog">
          {/* Keyed by backup, so a passphrase typed for one backup never carries over to another. */}
          {backup ? (
            <RestoreForm key={backup.fileName} vaultId={vaultId} backup={backup} onClose={onClose} onRestored={onRestored} />
          ) : null}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function RestoreForm({ vaultId, backup, onClose, onRestored }: RestoreDialogProps & { backup: BackupInfo }) {
  const [secret, setSecret] = useState<Secret>('passphrase');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  function choose(next: Secret) {
    setSecret(next);
    setValue('');
    setError(null);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    if (value.trim().length === 0) {
      setError(secret === 'passphrase' ? 'Enter the passphrase for this backup.' : 'Enter your recovery key.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const result = await api.backup.restore({
        vaultId,
        fileName: backup.fileName,
        ...(secret === 'passphrase' ? { passphrase: value } : { recoveryKey: value.trim() }),
        confirmed: true,
      });
      setValue('');
      onRestored(result);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
      <AlertDialog.Title className="dialog__title">Restore this backup?</AlertDialog.Title>
      <AlertDialog.Description asChild>
        <div className="restore-dialog__text">
          <p>
            Your journal will be replaced by the backup from <strong>{backupWhen(backup.createdAt)}</strong> (
            {backupKindWord(backup.kind).toLowerCase()}). Anything written after that will not be in it.
          </p>
          <p>
            Before restoring, Mend keeps a copy of the journal as it is now. It appears in the list of backups as “Kept before a restore”,
            so you can go back to it.
          </p>
        </div>
      </AlertDialog.Description>

      <fieldset className="choice-list choice-list--inline" disabled={busy}>
        <legend className="field__label">Open the backup with</legend>
        <label className="choice">
          <input type="radio" name="restore-secret" checked={secret === 'passphrase'} onChange={() => choose('passphrase')} />
          <span className="choice__label">Its passphrase</span>
        </label>
        <label className="choice">
          <input type="radio" name="restore-secret" checked={secret === 'recoveryKey'} onChange={() => choose('recoveryKey')} />
          <span className="choice__label">The recovery key</span>
        </label>
      </fieldset>

      {secret === 'passphrase' ? (
        <Field label="Passphrase for this backup" hint="The passphrase you had when this backup was made." message={error}>
          {({ inputId, describedBy }) => (
            <PassphraseInput
              id={inputId}
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              disabled={busy}
            />
          )}
        </Field>
      ) : (
        <Field label="Recovery key" hint="The recovery key you had when this backup was made: eight groups of four." message={error}>
          {({ inputId, describedBy }) => (
            <TextInput
              id={inputId}
              className="input--key"
              autoComplete="off"
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby={describedBy}
              aria-invalid={error ? true : undefined}
              disabled={busy}
            />
          )}
        </Field>
      )}

      <Notice tone="rest">
        <p>Afterwards, Mend locks. Unlock with the passphrase you had when this backup was made, or with your recovery key.</p>
      </Notice>
      <WorkingNotice message={busy ? 'Checking the backup and restoring it…' : null} />
      <div className="button-row">
        <AlertDialog.Cancel asChild>
          <Button variant="quiet" disabled={busy} onClick={onClose}>
            Cancel
          </Button>
        </AlertDialog.Cancel>
        {/* Not AlertDialog.Action: that would close the dialog before we know the restore worked. */}
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? 'Restoring…' : 'Restore this backup'}
        </Button>
      </div>
    </form>
  );
}
