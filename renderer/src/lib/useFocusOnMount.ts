import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element (usually the screen's heading) when it mounts, so keyboard and
 * screen-reader users start at the top of each new screen. The page scrolls back to the top too:
 * a new screen should not open halfway down because the previous one was long.
 */
export function useFocusOnMount<T extends HTMLElement>(enabled = true) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const el = ref.current;
    if (!enabled || !el) return;
    el.focus({ preventScroll: true });
    el.closest('[data-scroll-root]')?.scrollTo({ top: 0 });
    window.scrollTo({ top: 0 });
  }, [enabled]);
  return ref;
}
