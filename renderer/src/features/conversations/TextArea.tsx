import { forwardRef, type TextareaHTMLAttributes } from 'react';

/**
 * A multi-line field in Mend's style; spellcheck is off so nothing typed is sent to a dictionary service,
 * autocomplete off so the browser keeps no copy of the text with the page's history.
 */
export const TextArea = forwardRef<HTMLTextAreaElement, TextareaHTMLAttributes<HTMLTextAreaElement>>(function TextArea(
  { className, rows = 3, ...rest },
  ref,
) {
  return (
    <textarea
      ref={ref}
      rows={rows}
      spellCheck={false}
      autoComplete="off"
      className={['input', 'conv-textarea', className ?? ''].join(' ').trim()}
      {...rest}
    />
  );
});
