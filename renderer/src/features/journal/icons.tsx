import { Icon, type IconProps } from '../../ui/Icons';

/*
 * The few line icons only the journal needs, drawn in the shared frame of ui/Icons (24px grid,
 * 1.6 stroke, currentColor). Decorative: the text beside each one carries the meaning.
 */

export function SearchIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <circle cx="10.5" cy="10.5" r="6" />
      <path d="m15 15 5 5" />
    </Icon>
  );
}

export function TrashIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="M4.5 7h15M10 4h4M6.5 7l.8 11.6A1.5 1.5 0 0 0 8.8 20h6.4a1.5 1.5 0 0 0 1.5-1.4L17.5 7" />
      <path d="M10 11v5M14 11v5" />
    </Icon>
  );
}

export function RestoreIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="M4.5 12a7.5 7.5 0 1 0 2.2-5.3L4.5 9" />
      <path d="M4.5 4.5V9H9" />
    </Icon>
  );
}

export function CloseIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="m7 7 10 10M17 7 7 17" />
    </Icon>
  );
}

export function ChevronDownIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="m7 10 5 5 5-5" />
    </Icon>
  );
}

export function KeyboardIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <rect x="3" y="6" width="18" height="12" rx="2.5" />
      <path d="M7 10h.01M10.5 10h.01M14 10h.01M17.5 10h.01M8 14h8" />
    </Icon>
  );
}

export function PenIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="M15.5 5.5 18.5 8.5 9 18l-4 1 1-4Z" />
      <path d="m13.5 7.5 3 3" />
    </Icon>
  );
}

/** An envelope with an arrow: sending a sealed copy. */
export function ShareIcon(p: IconProps) {
  return (
    <Icon size={18} {...p}>
      <path d="M4 7h11a2 2 0 0 1 2 2v7a2 2 0 0 1-2 2H4a2 2 0 0 1-2-2V9a2 2 0 0 1 2-2z" />
      <path d="M2.5 8.5 9.5 13l7-4.5" />
      <path d="M19 5h3v3M22 5l-4 4" />
    </Icon>
  );
}
