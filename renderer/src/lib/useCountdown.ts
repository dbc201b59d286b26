import { useEffect, useState } from 'react';

/**
 * Whole seconds left until `until` (a Date.now() timestamp), ticking while it runs; 0 once it
 * has passed. Mount it when a wait begins, so its first reading is fresh.
 */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());

  useEffect(() => {
    const id = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(id);
    }, 250);
    return () => clearInterval(id);
  }, [until]);

  return Math.max(0, Math.ceil((until - now) / 1000));
}

/** "0:27", "4:05": short enough to read at a glance. */
export function formatSeconds(total: number): string {
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${s.toString().padStart(2, '0')}`;
}
