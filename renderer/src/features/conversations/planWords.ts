import type { Series } from '../../../../shared/domain/conversation';
import { durationWords, REMINDERS } from './labels';
import { deviceTimeZone, longDate, wallTime, weekdayOf, zoneCity } from './when';

/** "Every week on Sunday at 19:00 · 45 minutes · reminder 30 minutes before". */
export function planWords(s: Series): string {
  const day = weekdayOf(s.startDate);
  const time = wallTime(s.startTime);
  const when =
    s.everyWeeks === null
      ? `Once, on ${day} ${longDate(s.startDate)} at ${time}`
      : `${s.everyWeeks === 1 ? 'Every week' : `Every ${s.everyWeeks} weeks`} on ${day} at ${time}`;
  const zone = s.timeZone === deviceTimeZone() ? '' : ` (${zoneCity(s.timeZone)} time)`;
  const reminder = REMINDERS.find((r) => r.value === s.reminderMinutesBefore)?.label.toLowerCase();
  const remind = s.reminderMinutesBefore === null ? 'no reminder' : `reminder ${reminder ?? `${s.reminderMinutesBefore} minutes before`}`;
  return `${when}${zone} · ${durationWords(s.durationMinutes)} · ${remind}`;
}
