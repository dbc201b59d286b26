import type { ReactNode, SVGProps } from 'react';

/*
 * A small set of line icons drawn for Mend (inline SVG: no icon font, nothing fetched). They are
 * decorative; the text next to them carries the meaning, so they are hidden from screen readers.
 */
export type IconProps = Omit<SVGProps<SVGSVGElement>, 'children'> & { size?: number };

/** The shared frame for every line icon in Mend (features draw their own paths inside it). */
export function Icon({ size = 20, children, ...rest }: IconProps & { children: ReactNode }) {
  return (
    <svg
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...rest}
    >
      {children}
    </svg>
  );
}

export function JournalIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M5 4.5A1.5 1.5 0 0 1 6.5 3H18a1 1 0 0 1 1 1v14.5a.5.5 0 0 1-.5.5H6.5A1.5 1.5 0 0 0 5 20.5Z" />
      <path d="M5 20.5A1.5 1.5 0 0 0 6.5 22H19" />
      <path d="M9 8h6M9 11.5h4" />
    </Icon>
  );
}

export function ConversationsIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M4 5.5A2.5 2.5 0 0 1 6.5 3h7A2.5 2.5 0 0 1 16 5.5v4a2.5 2.5 0 0 1-2.5 2.5H9l-3.5 3v-3A2.5 2.5 0 0 1 4 9.5Z" />
      <path d="M19 9.2a2.5 2.5 0 0 1 1 2v3.3a2.5 2.5 0 0 1-2 2.45V20l-3.2-3H11.5a2.5 2.5 0 0 1-2-1" />
    </Icon>
  );
}

export function PartnerIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <circle cx="8.5" cy="8" r="3" />
      <circle cx="16" cy="9" r="2.5" />
      <path d="M3 19.5c.6-3 2.8-5 5.5-5s4.9 2 5.5 5" />
      <path d="M14.2 14.3c.6-.2 1.2-.3 1.8-.3 2.3 0 4.2 1.7 4.8 4.3" />
    </Icon>
  );
}

export function ProgressIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M12 21v-8" />
      <path d="M12 13c0-4 2.6-6.5 7-6.5 0 4.2-2.8 6.5-7 6.5Z" />
      <path d="M12 15.5c0-3.2-2.1-5.3-6-5.3 0 3.4 2.3 5.3 6 5.3Z" />
      <path d="M7 21h10" />
    </Icon>
  );
}

export function SettingsIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M4 7h9M17 7h3M4 17h3M11 17h9" />
      <circle cx="15" cy="7" r="2" />
      <circle cx="9" cy="17" r="2" />
    </Icon>
  );
}

export function LockIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <rect x="5" y="10.5" width="14" height="10" rx="2.5" />
      <path d="M8.5 10.5V7.5a3.5 3.5 0 0 1 7 0v3" />
      <path d="M12 14.5v2.5" />
    </Icon>
  );
}

export function KeyIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <circle cx="8" cy="15" r="4" />
      <path d="m11 12 8.5-8.5M16.5 6.5l2.5 2.5M14.5 8.5l2 2" />
    </Icon>
  );
}

export function MoonIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M19.5 14.5A7.5 7.5 0 0 1 9.5 4.5a7.5 7.5 0 1 0 10 10Z" />
    </Icon>
  );
}

export function LeafNoteIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 11v5.5M12 7.6v.1" />
    </Icon>
  );
}

export function CautionIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <circle cx="12" cy="12" r="9" />
      <path d="M12 7.5V13M12 16.4v.1" />
    </Icon>
  );
}

export function CheckIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="m5 12.5 4.5 4.5L19 7.5" />
    </Icon>
  );
}

export function CopyIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <rect x="8.5" y="8.5" width="11" height="11" rx="2" />
      <path d="M15.5 8.5V6a1.5 1.5 0 0 0-1.5-1.5H6A1.5 1.5 0 0 0 4.5 6v8A1.5 1.5 0 0 0 6 15.5h2.5" />
    </Icon>
  );
}

export function SaveIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
      <path d="M5 19.5h14" />
    </Icon>
  );
}

export function PrintIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M7 8V3.5h10V8" />
      <rect x="4" y="8" width="16" height="8.5" rx="2" />
      <path d="M7.5 14h9v6.5h-9Z" />
    </Icon>
  );
}

export function EyeIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M2.5 12S6 5.5 12 5.5 21.5 12 21.5 12 18 18.5 12 18.5 2.5 12 2.5 12Z" />
      <circle cx="12" cy="12" r="2.8" />
    </Icon>
  );
}

export function EyeOffIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M9.9 5.8A9.7 9.7 0 0 1 12 5.5c6 0 9.5 6.5 9.5 6.5a16 16 0 0 1-2.6 3.4M6.2 7.4A15.4 15.4 0 0 0 2.5 12s3.5 6.5 9.5 6.5a9 9 0 0 0 4.6-1.3" />
      <path d="M10 10a2.8 2.8 0 0 0 4 4M3.5 3.5l17 17" />
    </Icon>
  );
}

export function ArrowLeftIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M19 12H5M11 6l-6 6 6 6" />
    </Icon>
  );
}

export function PlusIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M12 5v14M5 12h14" />
    </Icon>
  );
}

export function FolderIcon(p: IconProps) {
  return (
    <Icon {...p}>
      <path d="M3.5 7A1.5 1.5 0 0 1 5 5.5h4l2 2h8A1.5 1.5 0 0 1 20.5 9v8.5A1.5 1.5 0 0 1 19 19H5a1.5 1.5 0 0 1-1.5-1.5Z" />
    </Icon>
  );
}
