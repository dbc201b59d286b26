import ICAL from 'ical.js';
import { expect, it } from 'vitest';
import { seriesToIcs } from '../../../electron/core/conversations/ics';
import { occurrencesBetween } from '../../../electron/core/conversations/recurrence';
import type { Series } from '../../../shared/domain/conversation';

const series: Series = {
  id: 'abcdefghijklmnopqrstuvwxyz',
  kind: 'weekly-check-in',
  purpose: 'Private purpose that must not leave Mend',
  startDate: '2026-03-15',
  startTime: '19:00',
  timeZone: 'Europe/Berlin',
  durationMinutes: 45,
  everyWeeks: 1,
  reminderMinutesBefore: 30,
  createdAt: 0,
  cancelledAt: null,
};

it('writes RFC 5545 that an independent parser reads back with the same occurrences across DST', () => {
  const text = seriesToIcs(series, Date.UTC(2026, 2, 1));
  expect(text).not.toContain('Private purpose');
  const cal = new ICAL.Component(ICAL.parse(text));
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz);
  const vevent = cal.getFirstSubcomponent('vevent')!;
  const event = new ICAL.Event(vevent);
  expect(event.uid).toBe(`${series.id}@mend.local`);
  expect(event.summary).toBe('Mend: Weekly check-in');
  expect(event.duration.toSeconds()).toBe(45 * 60);
  expect(vevent.getFirstSubcomponent('valarm')?.getFirstPropertyValue('trigger')?.toString()).toBe('-PT30M');
  const it = event.iterator();
  const fromParser: number[] = [];
  for (let next = it.next(); next && fromParser.length < 4; next = it.next()) fromParser.push(next.toJSDate().getTime());
  const ours = occurrencesBetween(series, 0, Date.UTC(2026, 3, 6)).map((o) => o.startsAt);
  expect(fromParser).toEqual(ours);
  expect(new Date(fromParser[2]!).toISOString()).toBe('2026-03-29T17:00:00.000Z');
});

it('a one-off has no RRULE and no alarm when no reminder is set', () => {
  const text = seriesToIcs({ ...series, everyWeeks: null, reminderMinutesBefore: null }, 0);
  expect(text).not.toContain('RRULE:FREQ=WEEKLY');
  expect(text).not.toContain('VALARM');
  expect(text).toMatch(/DTSTART;TZID=Europe\/Berlin:20260315T190000/);
});
