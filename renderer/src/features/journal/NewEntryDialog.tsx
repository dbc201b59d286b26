import { Dialog } from 'radix-ui';
import { Button } from '../../ui/Button';
import { TemplateChooser, type NewEntryChoice } from './TemplateChooser';

interface NewEntryDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  onChoose(choice: NewEntryChoice): void;
}

/** Ctrl/⌘+N or "New entry": choose what to write about, then the editor opens. */
export function NewEntryDialog({ open, onOpenChange, onChoose }: NewEntryDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog--wide new-entry-dialog">
          <Dialog.Title className="dialog__title">What would you like to write?</Dialog.Title>
          <Dialog.Description className="new-entry-dialog__intro">
            Pick a starting point. Every heading and prompt can be changed or deleted.
          </Dialog.Description>
          <TemplateChooser level={3} onChoose={onChoose} />
          <div className="button-row">
            <Dialog.Close asChild>
              <Button variant="quiet">Not now</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
