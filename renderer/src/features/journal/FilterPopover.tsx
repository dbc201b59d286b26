import { Popover } from 'radix-ui';
import type { ReactNode } from 'react';
import { ChevronDownIcon } from './icons';

interface FilterPopoverProps {
  label: string;
  /** A short word for what is chosen ("2", "Low–Okay"); shown on the button when set. */
  chosen: string | null;
  children: ReactNode;
  /** Gives the panel a heading for screen readers, e.g. "Filter by kind". */
  title: string;
}

/** One filter as a button that opens a small panel; the button shows what is chosen at a glance. */
export function FilterPopover({ label, chosen, children, title }: FilterPopoverProps) {
  return (
    <Popover.Root>
      <Popover.Trigger className="filter-button" data-active={chosen !== null || undefined}>
        <span>{label}</span>
        {chosen !== null ? <span className="filter-button__chosen">{chosen}</span> : null}
        <ChevronDownIcon size={16} className="picker-trigger__chevron" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className="popover" align="start" sideOffset={6} collisionPadding={12} aria-label={title}>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
