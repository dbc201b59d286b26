import { forwardRef, type TextareaHTMLAttributes } from 'react';

/** A multi-line field in Mend's style; spellcheck is off so nothing typed is sent to a dictionary service. */
export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea(
  { className, rows = 3, ...rest },
  ref,
) {
  return (
    <textarea ref={ref} rows={rows} spellCheck={false} className={['input', 'conv-textarea', className ?? ''].join(' ').trim()} {...rest} />
  );
});
