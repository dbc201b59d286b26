import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import { ICalAlarmType, ICalCalendar, ICalEventRepeatingFreq } from 'ical-generator';
import { CONVERSATION_KIND_LABELS, type Series } from '../../../shared/domain/conversation';

/**
 * An RFC 5545 calendar for one series: DTSTART in the series' own zone (with its VTIMEZONE), a
 * weekly RRULE, and an alarm for the reminder. The title is the kind only: a calendar may sync to
 * a server, so the purpose the person wrote stays in Mend.
 */
export function seriesToIcs(s: Series, stamp: number): string {
  const cal = new ICalCalendar({ prodId: { company: 'Mend', product: 'Mend', language: 'EN' } });
  cal.timezone({ name: null, generator: getVtimezoneComponent });
  // ical-generator writes a Date's UTC fields as the wall time of `timezone`.
  const [y, m, d] = s.startDate.split('-').map(Number) as [number, number, number];
  const [hh, mm] = s.startTime.split(':').map(Number) as [number, number];
  const wall = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const event = cal.createEvent({
    id: `${s.id}@mend.local`,
    stamp: new Date(stamp),
    start: wall,
    end: new Date(wall.getTime() + s.durationMinutes * 60_000),
    timezone: s.timeZone,
    summary: `Mend: ${CONVERSATION_KIND_LABELS[s.kind]}`,
    description: 'A conversation you planned in Mend.',
    repeating: s.everyWeeks ? { freq: ICalEventRepeatingFreq.WEEKLY, interval: s.everyWeeks } : null,
  });
  if (s.reminderMinutesBefore !== null) {
    event.createAlarm({ type: ICalAlarmType.display, trigger: s.reminderMinutesBefore * 60, description: 'A conversation you planned in Mend.' });
  }
  return cal.toString();
}
