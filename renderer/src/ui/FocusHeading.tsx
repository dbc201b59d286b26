import type { ReactNode } from 'react';
import { useFocusOnMount } from '../lib/useFocusOnMount';

interface FocusHeadingProps {
  children: ReactNode;
  level?: 1 | 2;
  className?: string;
  id?: string;
  /** Off when focus should stay where it is (e.g. the first page after unlocking). */
  takeFocus?: boolean;
}

/** A screen's heading that takes focus when the screen appears, so reading starts at the top. */
export function FocusHeading({ children, level = 1, className, id, takeFocus = true }: FocusHeadingProps) {
  const ref = useFocusOnMount<HTMLHeadingElement>(takeFocus);
  const Tag = level === 1 ? 'h1' : 'h2';
  return (
    <Tag ref={ref} id={id} tabIndex={-1} className={className ?? 'screen-title'}>
      {children}
    </Tag>
  );
}
