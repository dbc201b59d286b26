import { Dialog } from 'radix-ui';
import { lockShortcutLabel } from '../../lib/useLockShortcut';
import { Button } from '../../ui/Button';
import { shortcutLabel } from './shortcuts';

const ROWS: readonly { what: string; keys: string[] }[] = [
  { what: 'New entry', keys: [shortcutLabel('N')] },
  { what: 'Search', keys: [shortcutLabel('F'), shortcutLabel('K')] },
  { what: 'Save now', keys: [shortcutLabel('S')] },
  { what: 'Lock Mend', keys: [lockShortcutLabel] },
  { what: 'Move between entries', keys: ['↑', '↓'] },
  { what: 'Clear the search', keys: ['Esc'] },
  { what: 'Show these shortcuts', keys: ['?', shortcutLabel('/')] },
];

interface ShortcutsDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
}

/** Every keyboard shortcut on one calm sheet. Mend saves on its own; "Save now" is only for peace of mind. */
export function ShortcutsDialog({ open, onOpenChange }: ShortcutsDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog shortcuts">
          <Dialog.Title className="dialog__title">Keyboard shortcuts</Dialog.Title>
          <Dialog.Description className="shortcuts__intro">
            Mend saves as you write; “Save now” is there for peace of mind. In the editor, {shortcutLabel('K')} adds a link.
          </Dialog.Description>
          <dl className="shortcuts__list">
            {ROWS.map((r) => (
              <div key={r.what} className="shortcuts__row">
                <dt>{r.what}</dt>
                <dd>
                  {r.keys.map((k, i) => (
                    <span key={k}>
                      {i > 0 ? <span className="shortcuts__or"> or </span> : null}
                      <kbd className="kbd">{k}</kbd>
                    </span>
                  ))}
                </dd>
              </div>
            ))}
          </dl>
          <div className="button-row">
            <Dialog.Close asChild>
              <Button variant="primary">Done</Button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
