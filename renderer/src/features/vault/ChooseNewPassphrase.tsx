import { useId, useState, type FormEvent } from 'react';
import type { VaultStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { messageOf } from '../../lib/errors';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';
import { Notice } from '../../ui/Notice';
import { WorkingNotice } from '../../ui/WorkingNotice';
import { NewPassphraseFields } from './NewPassphraseFields';
import { ReadyHint } from './ReadyHint';
import { useNewPassphrase } from './useNewPassphrase';
import { VaultScreenFrame } from './VaultScreenFrame';

interface ChooseNewPassphraseProps {
  label: string;
  onDone: (status: VaultStatus) => void;
  onLock: () => void;
}

/** After a recovery-key unlock the core refuses everything else until a new passphrase is set. */
export function ChooseNewPassphrase({ label, onDone, onLock }: ChooseNewPassphraseProps) {
  const pass = useNewPassphrase([label]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const hintId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy || !pass.ready) return;
    setBusy(true);
    setError(null);
    try {
      onDone(await api.vault.setNewPassphrase({ passphrase: pass.passphrase }));
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <VaultScreenFrame>
      <form className="stack" onSubmit={submit} noValidate aria-busy={busy}>
        <FocusHeading>Choose a new passphrase</FocusHeading>
        <p className="lead">
          Your recovery key opened <strong>{label}</strong>. Choose a new passphrase now — it’s what you’ll use to unlock from here on. Your
          recovery key keeps working too.
        </p>
        <NewPassphraseFields state={pass} passphraseLabel="New passphrase" confirmLabel="Confirm new passphrase" readOnly={busy} />
        {error ? (
          <Notice tone="caution" role="alert">
            <p>{error}</p>
          </Notice>
        ) : null}
        <div className="stack stack--tight">
          <Button type="submit" variant="primary" wide disabled={busy || !pass.ready} aria-describedby={hintId}>
            {busy ? 'Saving…' : 'Save new passphrase'}
          </Button>
          <ReadyHint id={hintId} text={busy ? null : pass.missing} />
        </div>
        <WorkingNotice message={busy ? 'Securing your journal…' : null} />
        <div className="screen-links">
          <Button variant="link" onClick={onLock} disabled={busy}>
            Lock without changing it
          </Button>
        </div>
      </form>
    </VaultScreenFrame>
  );
}
