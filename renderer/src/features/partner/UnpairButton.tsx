import { useState } from 'react';
import { AlertDialog } from 'radix-ui';
import type { PartnerStatus } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Button, type ButtonVariant } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';

interface UnpairButtonProps {
  name: string;
  onStatus: (status: PartnerStatus) => void;
  variant?: ButtonVariant;
}

/** Unpairing is easy to undo (pair again) but stops sharing both ways, so it asks once, plainly. */
export function UnpairButton({ name, onStatus, variant = 'secondary' }: UnpairButtonProps) {
  const explain = useExplain();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function unpair() {
    setBusy(true);
    setError(null);
    try {
      const status = await api.partner.unpair({});
      setOpen(false);
      onStatus(status);
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <AlertDialog.Trigger asChild>
        <Button variant={variant}>Unpair from {name}…</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog partner-dialog">
          <div className="stack">
            <AlertDialog.Title className="dialog__title">Unpair from {name}?</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="partner-dialog__text">
                <p>You won’t be able to share with {name}, or open what they send, until you pair again by exchanging cards.</p>
                <p>Entries {name} already shared with you stay in your journal. Anything you already sent can’t be recalled.</p>
              </div>
            </AlertDialog.Description>
            {error ? (
              <Notice tone="caution" role="alert">
                <p>{error}</p>
              </Notice>
            ) : null}
            <div className="button-row">
              <AlertDialog.Cancel asChild>
                <Button variant="quiet" disabled={busy}>
                  Stay paired
                </Button>
              </AlertDialog.Cancel>
              {/* Not AlertDialog.Action: that would close the dialog before we know it worked. */}
              <Button variant="primary" onClick={unpair} disabled={busy}>
                {busy ? 'Unpairing…' : 'Unpair'}
              </Button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
