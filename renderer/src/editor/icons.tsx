import type { JSX, ReactNode } from 'react';

/** Small line icons for the toolbar: 20px, drawn with currentColor so they follow the theme. */
function Icon({ children }: { children: ReactNode }): JSX.Element {
  return (
    <svg className="mend-editor__icon" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      <g fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round">
        {children}
      </g>
    </svg>
  );
}

/**
 * A letterform icon (B, I, U, H2…) set in the UI face, so it reads as type rather than a picture.
 * A subscript (the 2 of H2) is drawn by CSS from `sub`, not written as text: the button's name is
 * a word ("Heading"), and speech-input users say that word; visible text "H 2" that is not part of
 * the name would fail WCAG 2.5.3 (label in name).
 */
function Glyph({ children, className, sub }: { children: ReactNode; className?: string; sub?: string }): JSX.Element {
  return (
    <span className={`mend-editor__glyph${className ? ` ${className}` : ''}`} data-sub={sub} aria-hidden="true">
      {children}
    </span>
  );
}

export const ParagraphIcon = (): JSX.Element => <Glyph className="mend-editor__glyph--text">Aa</Glyph>;
export const HeadingIcon = (): JSX.Element => (
  <Glyph className="mend-editor__glyph--heading" sub="2">
    H
  </Glyph>
);
export const SubheadingIcon = (): JSX.Element => (
  <Glyph className="mend-editor__glyph--heading" sub="3">
    H
  </Glyph>
);
export const BoldIcon = (): JSX.Element => <Glyph className="mend-editor__glyph--bold">B</Glyph>;
export const ItalicIcon = (): JSX.Element => <Glyph className="mend-editor__glyph--italic">I</Glyph>;
export const UnderlineIcon = (): JSX.Element => <Glyph className="mend-editor__glyph--underline">U</Glyph>;

export const BulletListIcon = (): JSX.Element => (
  <Icon>
    <circle cx="4.5" cy="5.5" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="4.5" cy="10" r="0.9" fill="currentColor" stroke="none" />
    <circle cx="4.5" cy="14.5" r="0.9" fill="currentColor" stroke="none" />
    <path d="M8 5.5h8.5M8 10h8.5M8 14.5h8.5" />
  </Icon>
);

export const NumberedListIcon = (): JSX.Element => (
  <Icon>
    <path d="M3.5 4.2 4.8 3.5v4" strokeWidth="1.3" />
    <path d="M3.4 11.4c.3-.6.8-.9 1.4-.9.7 0 1.2.4 1.2 1 0 .9-1.4 1.5-2.6 2.8H6" strokeWidth="1.3" />
    <path d="M9 5.5h7.5M9 10h7.5M9 14.5h7.5" />
  </Icon>
);

export const QuoteIcon = (): JSX.Element => (
  <Icon>
    <path d="M4 4.5v11" strokeWidth="2" />
    <path d="M8 7h8.5M8 10.5h8.5M8 14h5.5" />
  </Icon>
);

export const LinkIcon = (): JSX.Element => (
  <Icon>
    <path d="M8.6 11.4a3.2 3.2 0 0 0 4.5 0l2.6-2.6a3.2 3.2 0 0 0-4.5-4.5l-1 1" />
    <path d="M11.4 8.6a3.2 3.2 0 0 0-4.5 0l-2.6 2.6a3.2 3.2 0 0 0 4.5 4.5l1-1" />
  </Icon>
);

export const OpenLinkIcon = (): JSX.Element => (
  <Icon>
    <path d="M11.5 3.5h5v5M16.5 3.5 9.5 10.5" />
    <path d="M14.5 11.5v3.2c0 1-.8 1.8-1.8 1.8H5.3c-1 0-1.8-.8-1.8-1.8V7.3c0-1 .8-1.8 1.8-1.8h3.2" />
  </Icon>
);

export const UndoIcon = (): JSX.Element => (
  <Icon>
    <path d="M7.5 4.5 4 8l3.5 3.5" />
    <path d="M4 8h7.5a4.5 4.5 0 0 1 0 9H9" />
  </Icon>
);

export const RedoIcon = (): JSX.Element => (
  <Icon>
    <path d="M12.5 4.5 16 8l-3.5 3.5" />
    <path d="M16 8H8.5a4.5 4.5 0 0 0 0 9H11" />
  </Icon>
);
