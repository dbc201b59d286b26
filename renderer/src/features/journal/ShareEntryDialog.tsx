import { Dialog } from 'radix-ui';
import { ShareFlow } from '../partner';

interface ShareEntryDialogProps {
  entryId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

/**
 * "Share with my partner…" from an entry: the partner feature's deliberate, previewed flow with
 * this entry already chosen. Nothing leaves until the person seals and saves the packet.
 */
export function ShareEntryDialog({ entryId, open, onOpenChange }: ShareEntryDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide" aria-describedby={undefined}>
          <Dialog.Title className="visually-hidden">Share with your partner</Dialog.Title>
          <ShareFlow initialEntryIds={[entryId]} onClose={() => onOpenChange(false)} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
