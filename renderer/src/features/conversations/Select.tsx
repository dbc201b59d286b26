import { forwardRef, type SelectHTMLAttributes } from 'react';

/**
 * The system's own select, styled like Mend's inputs. Native selects are the most dependable
 * choice for keyboard and screen-reader users, and for long lists such as time zones.
 */
export const Select = forwardRef<HTMLSelectElement, SelectHTMLAttributes<HTMLSelectElement>>(function Select({ className, ...rest }, ref) {
  return <select ref={ref} autoComplete="off" className={['input', 'conv-select', className ?? ''].join(' ').trim()} {...rest} />;
});
