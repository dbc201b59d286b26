import type { Series, SeriesInput } from '../../../../shared/domain/conversation';
import { addDays } from '../../../../shared/domain/zoned-time';
import { deviceTimeZone, localToday, nextWeekday } from './when';

/**
 * A first plan that needs few changes: a weekly check-in next Sunday evening, 45 minutes, with a
 * reminder half an hour before — the rhythm couples therapists most often suggest.
 */
export function firstDraft(): SeriesInput {
  const today = localToday();
  const sunday = nextWeekday(0, today);
  return {
    kind: 'weekly-check-in',
    purpose: '',
    startDate: sunday === today ? addDays(today, 7) : sunday,
    startTime: '19:00',
    timeZone: deviceTimeZone(),
    durationMinutes: 45,
    everyWeeks: 1,
    reminderMinutesBefore: 30,
  };
}

/** The next one after a series: same kind, purpose and rhythm, from the next free week. */
export function nextDraft(series: Series | null): SeriesInput {
  const base = firstDraft();
  if (!series) return base;
  const { id: _id, createdAt: _c, cancelledAt: _x, ...input } = series;
  const today = localToday();
  let date = input.startDate;
  while (date <= today) date = addDays(date, 7);
  return { ...input, startDate: date };
}

export function inputOf(series: Series): SeriesInput {
  const { id: _id, createdAt: _c, cancelledAt: _x, ...input } = series;
  return input;
}
