import { useCallback, useEffect, useState } from 'react';
import type { Occurrence, Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

export interface Schedule {
  occurrences: Occurrence[];
  /** Every plan, cancelled ones included (their past conversations still need their zone). */
  series: Series[];
}

/** The plans and their occurrences from two weeks back to five weeks ahead. */
export function useSchedule() {
  const explain = useExplain();
  const [data, setData] = useState<Schedule | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([api.conversations.upcoming({ days: 35, pastDays: 14 }), api.conversations.listSeries({})]).then(
        ([up, list]) => {
          setData({ occurrences: up.items, series: list.items });
          setError(null);
        },
        (e: unknown) => {
          const message = explain(e);
          if (message) setError(message);
        },
      ),
    [explain],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, reload };
}
