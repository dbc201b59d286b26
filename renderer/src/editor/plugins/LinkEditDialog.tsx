import { useId, useState, type FormEvent, type JSX } from 'react';
import { Dialog } from 'radix-ui';
import { normalizeLinkInput } from '../links';

export interface LinkEditDialogProps {
  open: boolean;
  /** The link's current address when editing one, or null when adding. */
  currentUrl: string | null;
  onSave(url: string): void;
  onRemove(): void;
  /** Closed without a change (Cancel, Escape, clicking outside). */
  onDismiss(): void;
  /** Where focus goes once the dialog has closed (the text, rather than wherever it was opened from). */
  onClosed(): void;
}

/**
 * Asks for a link's address. Electron has no window.prompt, and a dialog gives room to explain
 * which links Mend accepts (web and email only).
 */
export function LinkEditDialog({ open, currentUrl, onSave, onRemove, onDismiss, onClosed }: LinkEditDialogProps): JSX.Element {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && onDismiss()}>
      <Dialog.Portal>
        <Dialog.Overlay className="mend-editor__dialog-overlay" />
        {/* Remounted each time it opens, so the field starts from the link being edited. */}
        {open && <LinkForm currentUrl={currentUrl} onSave={onSave} onRemove={onRemove} onDismiss={onDismiss} onClosed={onClosed} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function LinkForm({ currentUrl, onSave, onRemove, onDismiss, onClosed }: Omit<LinkEditDialogProps, 'open'>): JSX.Element {
  const [value, setValue] = useState(currentUrl ?? '');
  const [error, setError] = useState<string | null>(null);
  const fieldId = useId();
  const errorId = useId();

  const submit = (event: FormEvent): void => {
    event.preventDefault();
    const url = normalizeLinkInput(value);
    if (url === null) {
      setError(value.trim() === '' ? 'Enter a web or email address.' : 'Mend can only link to web pages (https://…) and email addresses.');
      return;
    }
    onSave(url);
  };

  return (
    <Dialog.Content
      className="mend-editor__dialog"
      onCloseAutoFocus={(event) => {
        event.preventDefault();
        onClosed();
      }}
    >
      <form onSubmit={submit} noValidate>
        <Dialog.Title className="mend-editor__dialog-title">{currentUrl === null ? 'Add a link' : 'Edit link'}</Dialog.Title>
        <Dialog.Description className="mend-editor__dialog-text">
          A web page or email address. Mend never opens links by itself; it asks you first.
        </Dialog.Description>
        <label className="mend-editor__dialog-label" htmlFor={fieldId}>
          Address
        </label>
        <input
          id={fieldId}
          className="mend-editor__dialog-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          placeholder="https://…"
          value={value}
          aria-invalid={error !== null}
          aria-describedby={error !== null ? errorId : undefined}
          onChange={(e) => {
            setValue(e.target.value);
            setError(null);
          }}
        />
        {error !== null && (
          <p id={errorId} className="mend-editor__dialog-error" role="alert">
            {error}
          </p>
        )}
        <div className="mend-editor__dialog-actions">
          {currentUrl !== null && (
            <button type="button" className="mend-editor__button mend-editor__button--quiet mend-editor__button--start" onClick={onRemove}>
              Remove link
            </button>
          )}
          <button type="button" className="mend-editor__button" onClick={onDismiss}>
            Cancel
          </button>
          <button type="submit" className="mend-editor__button mend-editor__button--primary">
            {currentUrl === null ? 'Add link' : 'Save link'}
          </button>
        </div>
      </form>
    </Dialog.Content>
  );
}
