import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import type { Boundary } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';

/** Removing asks once, and says plainly that it cannot be undone (crossings go with it). */
export function RemoveBoundary({ boundary, onRemoved }: { boundary: Boundary; onRemoved: () => void }) {
  const explain = useExplain();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.boundaries.remove({ id: boundary.id });
      setOpen(false);
      onRemoved();
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <AlertDialog.Trigger asChild>
        <Button variant="quiet">Remove…</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <div className="stack">
            <AlertDialog.Title className="dialog__title">Remove this boundary?</AlertDialog.Title>
            <AlertDialog.Description asChild>
              <div className="stack stack--tight">
                <p className="conv-quote">“{boundary.text}”</p>
                <p>
                  It will be deleted from your journal{boundary.crossings.length > 0 ? ', with the crossings you recorded' : ''}. This can’t
                  be undone. If you’ve outgrown it together, that’s a good thing.
                </p>
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
                  Keep it
                </Button>
              </AlertDialog.Cancel>
              {/* Not AlertDialog.Action: that would close the dialog before we know it worked. */}
              <Button variant="primary" onClick={remove} disabled={busy}>
                {busy ? 'Removing…' : 'Remove'}
              </Button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
