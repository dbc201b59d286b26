import { useCallback, useEffect, useRef, useState } from 'react';
import { registerFlush } from '../../lib/flush';

export type SaveState = { status: 'idle' | 'pending' | 'saving' | 'saved' } | { status: 'failed'; message: string };

/**
 * Saves what the person writes shortly after they stop typing, one save at a time, always the
 * newest words. What is still unsaved is saved when the screen closes and before the journal
 * locks (the app runs every registered flush first), so leaving never loses a sentence.
 */
export function useAutosave<T>(save: (value: T) => Promise<void>, explain: (e: unknown) => string | null, delayMs = 900) {
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const pending = useRef<{ value: T } | null>(null);
  const inflight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const saveRef = useRef(save);
  const explainRef = useRef(explain);
  useEffect(() => {
    saveRef.current = save;
    explainRef.current = explain;
  });

  const flush = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    while (inflight.current) await inflight.current;
    const next = pending.current;
    if (!next) return;
    pending.current = null;
    setState({ status: 'saving' });
    const run = (async () => {
      try {
        await saveRef.current(next.value);
        setState(pending.current ? { status: 'pending' } : { status: 'saved' });
      } catch (e) {
        // Keep the words for the next attempt, unless newer ones are already waiting.
        pending.current ??= next;
        const message = explainRef.current(e);
        if (message) setState({ status: 'failed', message });
      }
    })();
    inflight.current = run;
    try {
      await run;
    } finally {
      inflight.current = null;
    }
  }, []);

  const changed = useCallback(
    (value: T) => {
      pending.current = { value };
      setState({ status: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), delayMs);
    },
    [flush, delayMs],
  );

  useEffect(() => registerFlush(flush), [flush]);
  useEffect(
    () => () => {
      void flush();
    },
    [flush],
  );

  return { state, changed, flush };
}
