/**
 * Dates and counts for the Partner section, in the person's own locale. Entry days are calendar
 * days ("YYYY-MM-DD", no time zone), so they are read as local dates, never through UTC.
 */

const dayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric' });
const stampFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "Sunday 14 June 2026" for an entry's calendar day. */
export function longDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return dayFormat.format(new Date(y, m - 1, d));
}

/** "14 June 2026" for a moment (pairing, verification). */
export function dateOf(ms: number): string {
  return dateFormat.format(new Date(ms));
}

/** "14 June 2026, 21:14" for when something was shared or received. */
export function stampOf(ms: number): string {
  return stampFormat.format(new Date(ms));
}

/** "1 entry", "3 entries". */
export function entriesCount(n: number): string {
  return `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** The partner's name, or a warm stand-in before we know it. */
export function partnerLabel(name: string | null | undefined): string {
  return name && name.trim() ? name : 'your partner';
}
