import { useState } from 'react';
import { Dialog } from 'radix-ui';
import { useSession } from '../../app/SessionContext';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SettingsCard } from './SettingsCard';
import { NewRecoveryKeyDialog } from './NewRecoveryKeyDialog';

/** Replaces the recovery key, for when the old one was lost or seen by someone else. */
export function NewRecoveryKey() {
  const { label } = useSession();
  const [open, setOpen] = useState(false);
  const [replaced, setReplaced] = useState(false);

  return (
    <SettingsCard
      title="Recovery key"
      description={
        <p>
          Your recovery key opens your journal if you forget your passphrase. If it has been lost, or someone else may have seen it, make a
          new one. The old key stops working straight away.
        </p>
      }
    >
      <Dialog.Root open={open} onOpenChange={setOpen}>
        <Dialog.Trigger asChild>
          <Button onClick={() => setReplaced(false)}>Get a new recovery key</Button>
        </Dialog.Trigger>
        {open ? (
          <NewRecoveryKeyDialog
            label={label}
            onDone={() => {
              setOpen(false);
              setReplaced(true);
            }}
          />
        ) : null}
      </Dialog.Root>
      <div role="status">
        {replaced ? (
          <Notice tone="calm">
            <p>Your new recovery key is ready. The old one no longer works.</p>
          </Notice>
        ) : null}
      </div>
    </SettingsCard>
  );
}
