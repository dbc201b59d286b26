import { AlertDialog } from 'radix-ui';
import { useState } from 'react';
import type { Series } from '../../../../shared/domain/conversation';
import { CONVERSATION_KIND_LABELS } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useExplain } from './useExplain';

/** Stopping a plan asks once, and says what stays: nothing already written is lost. */
export function StopPlanButton({ series, onStopped }: { series: Series; onStopped: () => void }) {
  const explain = useExplain();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const what = CONVERSATION_KIND_LABELS[series.kind].toLowerCase();

  async function stop() {
    setBusy(true);
    setError(null);
    try {
      await api.conversations.cancelSeries({ id: series.id });
      setOpen(false);
      onStopped();
    } catch (e) {
      setError(explain(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <AlertDialog.Root open={open} onOpenChange={(next) => !busy && setOpen(next)}>
      <AlertDialog.Trigger asChild>
        <Button variant="quiet">Stop this plan…</Button>
      </AlertDialog.Trigger>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="dialog-overlay" />
        <AlertDialog.Content className="dialog">
          <div className="stack">
            <AlertDialog.Title className="dialog__title">Stop planning this {what}?</AlertDialog.Title>
            <AlertDialog.Description>
              No more times will be planned, and any reminders stop. Conversations you’ve already had, your notes and your agreements all
              stay.
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
              <Button variant="primary" onClick={stop} disabled={busy}>
                {busy ? 'Stopping…' : 'Stop this plan'}
              </Button>
            </div>
          </div>
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
