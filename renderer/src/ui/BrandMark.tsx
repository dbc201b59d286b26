/**
 * Mend's mark: two circles, one for each partner, overlapping. The shared part is drawn in the
 * warm clay of a mended seam.
 */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="brand-mark">
      <path d="M16 9.07A8 8 0 0 1 16 22.93A8 8 0 0 1 16 9.07Z" className="brand-mark__seam" />
      <circle cx="12" cy="16" r="8" className="brand-mark__ring" />
      <circle cx="20" cy="16" r="8" className="brand-mark__ring" />
    </svg>
  );
}

export function Wordmark() {
  return (
    <span className="wordmark">
      <BrandMark />
      <span className="wordmark__text">Mend</span>
    </span>
  );
}
