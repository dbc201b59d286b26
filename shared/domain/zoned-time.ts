/**
 * Wall-clock time in an IANA time zone, with Intl only (no tz database of our own). Conversations
 * are planned as "Sunday 19:00 in Europe/Berlin", so each occurrence is computed from the local
 * date and time in that zone: daylight-saving changes move the UTC instant, never the wall time.
 */
export interface LocalDateTime {
  date: string; // YYYY-MM-DD
  time: string; // HH:mm
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      weekday: 'short',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

function parts(utcMs: number, timeZone: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(utcMs))) out[p.type] = p.value;
  return out;
}

/** The zone's offset from UTC at that instant, in ms (e.g. +2h for Berlin in summer). */
export function offsetAt(utcMs: number, timeZone: string): number {
  const p = parts(utcMs, timeZone);
  const asUtc = Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
  return asUtc - Math.floor(utcMs / 1000) * 1000;
}

/**
 * The UTC instant of a local date and time. A time that does not exist (the hour skipped when
 * clocks go forward) moves forward by the gap, as calendar apps do: 02:30 becomes 03:30.
 */
export function zonedToUtc(local: LocalDateTime, timeZone: string): number {
  const [y, m, d] = local.date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = local.time.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, m - 1, d, hh, mm);
  // The offset that applies just before the wall time; in a skipped hour this is the old offset,
  // which lands the instant after the gap (02:30 -> 03:30).
  return wall - offsetAt(wall - offsetAt(wall, timeZone), timeZone);
}

export function utcToZoned(utcMs: number, timeZone: string): LocalDateTime & { weekday: string } {
  const p = parts(utcMs, timeZone);
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}`, weekday: p.weekday ?? '' };
}

/** Calendar arithmetic on YYYY-MM-DD, independent of any zone. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}
