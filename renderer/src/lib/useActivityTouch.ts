import { useEffect } from 'react';
import { api } from './api';

export const TOUCH_INTERVAL_MS = 30_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

/**
 * Idle auto-lock measures time away from Mend, and only the renderer sees the person typing or
 * scrolling. Reporting every keystroke would be wasteful, so we report at most every 30 seconds;
 * the idle limit is at least a minute, so that is always fresh enough.
 */
export function useActivityTouch(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return;
    let last = -Infinity;
    const onActivity = () => {
      const now = performance.now();
      if (now - last < TOUCH_INTERVAL_MS) return;
      last = now;
      // Touching a vault that just locked is harmless; nothing to tell the person.
      api.vault.touch({}).catch(() => {});
    };
    for (const type of EVENTS) window.addEventListener(type, onActivity, { capture: true, passive: true });
    return () => {
      for (const type of EVENTS) window.removeEventListener(type, onActivity, { capture: true });
    };
  }, [enabled]);
}
