import { useEffect, useState } from 'react';
import { api } from '../../lib/api';
import { addDays, localDayOf, mondayOf } from './dates';

export interface CheckInWeek {
  /** The Monday the week starts on. */
  week: string;
  held: boolean;
  /** This week, with no check-in yet: it may well still be ahead. */
  current: boolean;
}

const WEEKS = 8;

/**
 * Which of the last eight weeks had a weekly check-in. The insights give only the counts; the
 * line needs the weeks themselves, so it asks the conversations schedule for them.
 */
export function useCheckInWeeks(today: string, lastWeeks = WEEKS): CheckInWeek[] | null {
  const [result, setResult] = useState<{ today: string; weeks: CheckInWeek[] | null } | null>(null);

  useEffect(() => {
    let alive = true;
    const thisWeek = mondayOf(today);
    api.conversations
      .upcoming({ days: 1, pastDays: lastWeeks * 7 + 7 })
      .then(({ items }) => {
        const held = new Set(
          items.filter((o) => o.kind === 'weekly-check-in' && o.status === 'held').map((o) => mondayOf(localDayOf(o.startsAt))),
        );
        const weeks = Array.from({ length: lastWeeks }, (_, i) => {
          const week = addDays(thisWeek, -7 * (lastWeeks - 1 - i));
          return { week, held: held.has(week), current: week === thisWeek && !held.has(week) };
        });
        if (alive) setResult({ today, weeks });
      })
      .catch(() => {
        // The sentence above the line still tells the story; without the weeks, the line is left out.
        if (alive) setResult({ today, weeks: null });
      });
    return () => {
      alive = false;
    };
  }, [today, lastWeeks]);

  return result?.today === today ? result.weeks : null;
}
