import { Toast } from 'radix-ui';
import { Button } from '../../ui/Button';
import { CloseIcon } from './icons';

export interface ToastMessage {
  /** Changes with every new message, so a repeated message is shown afresh. */
  id: number;
  text: string;
  action?: { label: string; altText: string; run(): void };
}

interface UndoToastProps {
  message: ToastMessage | null;
  onDismiss(): void;
}

/**
 * A small note at the bottom of the window ("Moved to Trash · Undo"). It waits while hovered or
 * focused, and F8 reaches it from the keyboard (Radix Toast's hotkey).
 */
export function UndoToast({ message, onDismiss }: UndoToastProps) {
  return (
    <>
      {message ? (
        <Toast.Root key={message.id} className="toast" duration={8000} onOpenChange={(open) => !open && onDismiss()}>
          <Toast.Description className="toast__text">{message.text}</Toast.Description>
          {message.action ? (
            <Toast.Action asChild altText={message.action.altText}>
              <Button variant="secondary" className="toast__action" onClick={message.action.run}>
                {message.action.label}
              </Button>
            </Toast.Action>
          ) : null}
          <Toast.Close className="toast__close" aria-label="Dismiss">
            <CloseIcon size={16} />
          </Toast.Close>
        </Toast.Root>
      ) : null}
      <Toast.Viewport className="toast-viewport" label="Notifications ({hotkey})" />
    </>
  );
}
