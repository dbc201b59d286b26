import { forwardRef, type InputHTMLAttributes } from 'react';

/**
 * A text input with Mend's styling; spellcheck is off because nothing typed here should leave the app,
 * and autocomplete is off so the browser keeps no copy of the value (Chromium saves form state of
 * other fields with the page's history, to disk in a browser profile).
 */
export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TextInput(
  { className, ...rest },
  ref,
) {
  return (
    <input ref={ref} type="text" spellCheck={false} autoComplete="off" className={['input', className ?? ''].join(' ').trim()} {...rest} />
  );
});
