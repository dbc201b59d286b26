/**
 * Calendar helpers for the journal. Entries carry a local calendar day ("YYYY-MM-DD", the day it
 * happened), never a time zone, so everything here works on local dates and formats with the
 * person's own locale.
 */

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today in the person's local time (not UTC: an evening entry must not land on tomorrow). */
export function todayIso(now: Date = new Date()): string {
  return isoOf(now);
}

/** Local midnight of an ISO day; noon would also do, but midnight keeps arithmetic obvious. */
export function dateOf(iso: string): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d);
}

export function addDays(iso: string, days: number): string {
  const d = dateOf(iso);
  d.setDate(d.getDate() + days);
  return isoOf(d);
}

export function addMonths(iso: string, months: number): string {
  const d = dateOf(iso);
  const day = d.getDate();
  d.setDate(1);
  d.setMonth(d.getMonth() + months);
  // Clamp (31 March minus one month is 28/29 February, not 3 March).
  const last = new Date(d.getFullYear(), d.getMonth() + 1, 0).getDate();
  d.setDate(Math.min(day, last));
  return isoOf(d);
}

/**
 * The first day of the week where the person lives (Monday in most places, Sunday in some),
 * from Intl when the runtime knows it. 0 = Sunday … 6 = Saturday, like Date#getDay.
 */
export function firstDayOfWeek(): number {
  try {
    const locale = new Intl.Locale(navigator.language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number };
      weekInfo?: { firstDay: number };
    };
    const info = locale.getWeekInfo?.() ?? locale.weekInfo;
    if (info) return info.firstDay % 7;
  } catch {
    // An unusual language tag: fall back to Monday, the ISO week.
  }
  return 1;
}

export function weekStartIso(iso: string, firstDay: number): string {
  const d = dateOf(iso);
  const back = (d.getDay() - firstDay + 7) % 7;
  return addDays(iso, -back);
}

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' });
const dayMonthFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long' });
const shortDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short' });
const longDayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const mediumDayFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
const stampFormat = new Intl.DateTimeFormat(undefined, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});

/** "June 2026" */
export function monthLabel(iso: string): string {
  return monthFormat.format(dateOf(iso));
}

/** "Week of 8 June" (or "Week of June 8", as the locale writes it). */
export function weekLabel(weekStart: string): string {
  return `Week of ${dayMonthFormat.format(dateOf(weekStart))}`;
}

/** "Sun 8 Jun": compact, for timeline rows that already sit under a month heading. */
export function shortDay(iso: string): string {
  return shortDayFormat.format(dateOf(iso));
}

/** "Sunday 8 June 2026": for screen readers and the entry page. */
export function longDay(iso: string): string {
  return longDayFormat.format(dateOf(iso));
}

/** "8 Jun 2026": for filter summaries. */
export function mediumDay(iso: string): string {
  return mediumDayFormat.format(dateOf(iso));
}

/** "8 June 2026, 21:14": when an entry was written or edited. */
export function stamp(ms: number): string {
  return stampFormat.format(new Date(ms));
}
