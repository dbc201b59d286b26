import { addDays, utcToZoned } from '../../../../shared/domain/zoned-time';

/**
 * Dates and times for conversations. A conversation is planned as a wall time in one zone
 * ("Sunday 19:00, Europe/Berlin"), so everything about an occurrence is shown in that zone, not
 * the device's: a couple planning across a trip still sees the time they agreed.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** The device's zone, which new plans start from. */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Every zone the runtime knows, with `current` kept in the list even if Intl leaves it out (e.g. "UTC"). */
export function allTimeZones(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones].sort();
}

/** "Europe/Berlin" → "Berlin"; "America/Argentina/Buenos_Aires" → "Buenos Aires". */
export function zoneCity(timeZone: string): string {
  return (timeZone.split('/').pop() ?? timeZone).replaceAll('_', ' ');
}

/** The person's own calendar day, YYYY-MM-DD (local, not UTC: an evening must not become tomorrow). */
export function localToday(now: Date = new Date()): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** "Sunday", for a calendar day. */
export function weekdayOf(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The next given weekday on or after today (0 = Sunday), as YYYY-MM-DD. */
export function nextWeekday(day: number, today: string = localToday()): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const current = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return addDays(today, (day - current + 7) % 7);
}

/** "19:00" or "7:00 PM", as the person's locale writes a wall time. */
export function wallTime(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, h, m)),
  );
}

/** "21 June 2026" for a calendar day. */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** "Sun 21 June" for a calendar day, when the year is obvious. */
export function shortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** A clock time in a zone: "19:00". */
export function clockIn(ms: number, timeZone: string): string {
  return new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit', timeZone }).format(new Date(ms));
}

/**
 * "Today at 19:00", "Tomorrow at 19:00", "Sunday at 19:00" (within a week), else
 * "Sunday 5 July at 19:00" — always in the plan's zone, with the zone named when it is not the
 * device's own.
 */
export function friendlyWhen(startsAt: number, timeZone: string, now: number): string {
  const day = utcToZoned(startsAt, timeZone).date;
  const today = utcToZoned(now, timeZone).date;
  const time = clockIn(startsAt, timeZone);
  let when: string;
  if (day === today) when = `Today at ${time}`;
  else if (day === addDays(today, 1)) when = `Tomorrow at ${time}`;
  else if (day === addDays(today, -1)) when = `Yesterday at ${time}`;
  else if (day > today && day < addDays(today, 7)) when = `${weekdayOf(day)} at ${time}`;
  else when = `${shortDate(day)} at ${time}`;
  return timeZone === deviceTimeZone() ? when : `${when} (${zoneCity(timeZone)} time)`;
}

/** "Sunday" within the last week, else "Sunday 14 June": how long ago a missed time was. */
export function pastDayName(startsAt: number, timeZone: string, now: number): string {
  const day = utcToZoned(startsAt, timeZone).date;
  const today = utcToZoned(now, timeZone).date;
  if (day === today) return 'earlier today';
  if (day === addDays(today, -1)) return 'yesterday';
  if (day > addDays(today, -7)) return `on ${weekdayOf(day)}`;
  return `on ${shortDate(day)}`;
}

/** Whole minutes, said plainly: "less than a minute", "1 minute", "12 minutes". */
export function minutesWords(ms: number): string {
  const m = Math.floor(ms / 60_000);
  if (m < 1) return 'less than a minute';
  return `${m} minute${m === 1 ? '' : 's'}`;
}

/** friendlyWhen's words inside a sentence: "Moved to today at 19:00", but "Moved to Sunday at 19:00". */
export function inSentence(words: string): string {
  return words.replace(/^(Today|Tomorrow|Yesterday)\b/, (w) => w.toLowerCase());
}
