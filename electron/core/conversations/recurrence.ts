import type { Series } from '../../../shared/domain/conversation';
import { addDays, daysBetween, utcToZoned, zonedToUtc } from '../../../shared/domain/zoned-time';

export interface Slot {
  startsAt: number;
  endsAt: number;
}

/**
 * Occurrences of a series whose start falls in [fromMs, toMs). Each one is the same local
 * weekday and wall time in the series' zone, so "Sunday 19:00" stays 19:00 across DST changes.
 */
export function occurrencesBetween(s: Pick<Series, 'startDate' | 'startTime' | 'timeZone' | 'durationMinutes' | 'everyWeeks'>, fromMs: number, toMs: number): Slot[] {
  const slot = (date: string): Slot => {
    const startsAt = zonedToUtc({ date, time: s.startTime }, s.timeZone);
    return { startsAt, endsAt: startsAt + s.durationMinutes * 60_000 };
  };
  if (s.everyWeeks === null) {
    const one = slot(s.startDate);
    return one.startsAt >= fromMs && one.startsAt < toMs ? [one] : [];
  }
  const step = 7 * s.everyWeeks;
  // Jump straight to the first occurrence near `fromMs` instead of walking from the start date.
  const fromLocal = utcToZoned(fromMs, s.timeZone).date;
  let k = Math.max(0, Math.floor(daysBetween(s.startDate, fromLocal) / step) - 1);
  const out: Slot[] = [];
  for (let guard = 0; guard < 1000; guard++, k++) {
    const o = slot(addDays(s.startDate, k * step));
    if (o.startsAt >= toMs) break;
    if (o.startsAt >= fromMs) out.push(o);
  }
  return out;
}
