import { useEffect, useState } from 'react';

/**
 * The time, refreshed every `everyMs`. Screens that only show whole minutes refresh slowly, so
 * nothing on them flickers or feels like it is counting the person down.
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(id);
  }, [everyMs]);
  return now;
}
