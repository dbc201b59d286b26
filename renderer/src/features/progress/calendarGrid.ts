import { addDays, mondayOf } from './dates';

export interface CalendarDay {
  date: string;
  /** Outside the year shown (the days before it in its first week): drawn as nothing. */
  outside: boolean;
  avgMood: number | null;
}

export interface CalendarGrid {
  /** Week columns, Monday first; each holds seven days. */
  weeks: CalendarDay[][];
  /** Where each month's label goes: the first week column that holds its first day. */
  months: { month: string; column: number }[];
}

/** Lays out a year of days as weeks (columns) by weekday (rows), the way wall calendars are read. */
export function calendarGrid(from: string, to: string, moods: readonly { date: string; avgMood: number }[]): CalendarGrid {
  const byDate = new Map(moods.map((m) => [m.date, m.avgMood]));
  const weeks: CalendarDay[][] = [];
  const months: CalendarGrid['months'] = [];
  for (let monday = mondayOf(from); monday <= to; monday = addDays(monday, 7)) {
    const week: CalendarDay[] = [];
    for (let i = 0; i < 7; i++) {
      const date = addDays(monday, i);
      const outside = date < from || date > to;
      week.push({ date, outside, avgMood: outside ? null : (byDate.get(date) ?? null) });
      if (!outside && (date.endsWith('-01') || date === from)) months.push({ month: date.slice(0, 7), column: weeks.length });
    }
    weeks.push(week);
  }
  // The year usually starts mid-month; that sliver's label would run into the next month's.
  if (months.length > 1 && months[1]!.column - months[0]!.column < 3) months.shift();
  return { weeks, months };
}
