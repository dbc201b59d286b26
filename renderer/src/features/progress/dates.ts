import { addDays } from '../../../../shared/domain/zoned-time';

/*
 * Dates here are calendar days ("2026-05-21") and months ("2026-05"), as the core speaks them.
 * They are formatted in UTC on purpose: a calendar day has no time zone, and formatting it in the
 * local zone could show the day before.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** Today on the person's own calendar, which is what "this week" and "on this day" mean to them. */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function monthOf(date: string): string {
  return date.slice(0, 7);
}

export function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}

function utc(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d ?? 1));
}

/** "May 2026" */
export function monthLabel(month: string): string {
  return utc(`${month}-01`).toLocaleDateString(undefined, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "May" (for axis ticks, where the year is already clear). */
export function shortMonthLabel(month: string): string {
  return utc(`${month}-01`).toLocaleDateString(undefined, { month: 'short', timeZone: 'UTC' });
}

/** "Thursday 21 May 2026" */
export function longDay(date: string): string {
  return utc(date).toLocaleDateString(undefined, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "21 May 2026" */
export function dayLabel(date: string): string {
  return utc(date).toLocaleDateString(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** "21 May" */
export function shortDay(date: string): string {
  return utc(date).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
}

/** The local calendar day of an instant (a conversation's start). */
export function localDayOf(ms: number): string {
  return localToday(new Date(ms));
}

/** The Monday on or before a date: weeks start on Monday, as the core counts them. */
export function mondayOf(date: string): string {
  const dow = utc(date).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

export { addDays };
