import { useId, type ReactNode } from 'react';

export interface FieldIds {
  inputId: string;
  /** Pass to the control's aria-describedby: the hint and any message, in reading order. */
  describedBy: string | undefined;
}

interface FieldProps {
  label: string;
  hint?: ReactNode;
  /** A gentle message about what was typed, shown under the control. */
  message?: ReactNode;
  messageTone?: 'caution' | 'ok';
  children: (ids: FieldIds) => ReactNode;
}

/** Label, control, hint and message, wired together so screen readers read them as one. */
export function Field({ label, hint, message, messageTone = 'caution', children }: FieldProps) {
  const base = useId();
  const inputId = `${base}-input`;
  const hintId = hint ? `${base}-hint` : null;
  const messageId = message ? `${base}-message` : null;
  const describedBy = [hintId, messageId].filter(Boolean).join(' ') || undefined;

  return (
    <div className="field">
      <label className="field__label" htmlFor={inputId}>
        {label}
      </label>
      {hint ? (
        <p className="field__hint" id={hintId ?? undefined}>
          {hint}
        </p>
      ) : null}
      {children({ inputId, describedBy })}
      {message ? (
        <p className={`field__message field__message--${messageTone}`} id={messageId ?? undefined}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
