import { useState } from 'react';
import type { LockReason, VaultStatus } from '../../../../shared/contract';
import { Button } from '../../ui/Button';
import { FocusHeading } from '../../ui/FocusHeading';
import { ArrowLeftIcon, KeyIcon, PlusIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { CreateVaultForm, type CreatedVault } from './CreateVaultForm';
import type { LockScreenData } from './lockScreenData';
import { LockReasonNote } from './LockReasonNote';
import { RecoveryUnlockForm } from './RecoveryUnlockForm';
import { UnlockForm } from './UnlockForm';
import { VaultPicker } from './VaultPicker';
import { VaultScreenFrame } from './VaultScreenFrame';
import { Welcome } from './Welcome';

interface LockScreenProps {
  data: LockScreenData;
  reason: LockReason | null;
  onUnlocked: (status: VaultStatus) => void;
  onCreated: (created: CreatedVault) => void;
  /** After a damaged journal was restored from a backup: read the list of journals again. */
  onRestored: () => void;
}

type Mode = 'passphrase' | 'recovery' | 'create';

/** Everything before a journal is open: pick a journal, unlock it, recover it, or start a new one. */
export function LockScreen({ data, reason, onUnlocked, onCreated, onRestored }: LockScreenProps) {
  const { vaults } = data;
  const [mode, setMode] = useState<Mode>('passphrase');
  const [chosenId, setChosenId] = useState<string | null>(null);
  const readable = vaults.filter((v) => v.problem === null);
  const selected = readable.find((v) => v.id === chosenId) ?? readable[0] ?? null;

  if (mode === 'create') {
    const first = vaults.length === 0;
    return (
      <VaultScreenFrame>
        <div className="stack">
          <FocusHeading>{first ? 'Create your journal' : 'Create a new journal'}</FocusHeading>
          <p className="lead">
            Your journal is locked with a passphrase only you know. There’s no account and no one who can reset it for you, so you’ll also
            get a recovery key to keep somewhere safe.
          </p>
          <CreateVaultForm onCreated={onCreated} />
          <div className="screen-links">
            <Button variant="link" onClick={() => setMode('passphrase')}>
              <ArrowLeftIcon size={16} /> {first ? 'Back' : 'Back to unlock'}
            </Button>
          </div>
        </div>
      </VaultScreenFrame>
    );
  }

  if (vaults.length === 0) {
    return (
      <VaultScreenFrame>
        <Welcome onCreate={() => setMode('create')} />
      </VaultScreenFrame>
    );
  }

  const recovering = mode === 'recovery';
  return (
    <VaultScreenFrame>
      <div className="stack">
        <h1 className="screen-title">{recovering ? 'Use your recovery key' : 'Welcome back'}</h1>
        <LockReasonNote reason={reason} />
        {recovering ? (
          <p className="lead">
            If you’ve forgotten your passphrase, your recovery key opens your journal. You’ll choose a new passphrase straight after.
          </p>
        ) : null}

        <VaultPicker vaults={vaults} selectedId={selected?.id ?? null} onSelect={setChosenId} onRestored={onRestored} />

        {selected === null ? (
          <Notice tone="caution" title="None of these journals can be opened right now">
            <p>Restoring a backup of your Mend folder is the way to bring them back. You can also start a new journal.</p>
          </Notice>
        ) : recovering ? (
          <RecoveryUnlockForm key={`recovery-${selected.id}`} vault={selected} onUnlocked={onUnlocked} />
        ) : (
          <UnlockForm key={`unlock-${selected.id}`} vault={selected} onUnlocked={onUnlocked} />
        )}

        <div className="screen-links">
          {selected !== null ? (
            recovering ? (
              <Button variant="link" onClick={() => setMode('passphrase')}>
                <ArrowLeftIcon size={16} /> Use passphrase instead
              </Button>
            ) : (
              <Button variant="link" onClick={() => setMode('recovery')}>
                <KeyIcon size={16} /> Use recovery key instead
              </Button>
            )
          ) : null}
          <Button variant="link" onClick={() => setMode('create')}>
            <PlusIcon size={16} /> Create a new journal
          </Button>
        </div>
      </div>
    </VaultScreenFrame>
  );
}
