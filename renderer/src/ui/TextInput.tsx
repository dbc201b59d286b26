import { forwardRef, type InputHTMLAttributes } from 'react';

/** A text input with Mend's styling; spellcheck is off because nothing typed here should leave the app. */
export const TextInput = forwardRef<HTMLInputElement, InputHTMLAttributes<HTMLInputElement>>(function TextInput(
  { className, ...rest },
  ref,
) {
  return <input ref={ref} type="text" spellCheck={false} className={['input', className ?? ''].join(' ').trim()} {...rest} />;
});
