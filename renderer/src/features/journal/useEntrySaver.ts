import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Entry } from '../../../../shared/domain/entry';
import { useSession } from '../../app/SessionContext';
import { api } from '../../lib/api';
import { registerFlush } from '../../lib/flush';
import { EntrySaver, type DraftValues, type SaveState } from './entrySaver';

/** Long enough not to save mid-word, short enough that a sudden lock or crash loses almost nothing. */
export const AUTOSAVE_DELAY_MS = 700;

interface UseEntrySaverOptions {
  initial: DraftValues;
  existing: { id: string; rev: number } | null;
  onSaved(entry: Entry): void;
  /** Reads anything the editor has not reported yet (its last keystroke), just before a flush. */
  beforeFlush(saver: EntrySaver): void;
}

/**
 * One EntrySaver for the life of the entry page. While the page is mounted it is registered with
 * lib/flush, so locking (Ctrl+L, idle, OS lock) and quitting save the last words first; when the
 * page goes away it saves whatever is left.
 */
export function useEntrySaver({ initial, existing, onSaved, beforeFlush }: UseEntrySaverOptions) {
  const [state, setState] = useState<SaveState>({ status: 'clean' });
  const [settled, setSettled] = useState<SaveState | null>(null);
  const { syncStatus } = useSession();
  // The saver outlives renders; it always calls the latest callbacks.
  const latest = useRef({ onSaved, beforeFlush, syncStatus });
  useLayoutEffect(() => {
    latest.current = { onSaved, beforeFlush, syncStatus };
  });

  const [saver] = useState(
    () =>
      new EntrySaver({
        ports: {
          create: (draft) => api.entries.create(draft),
          update: (id, baseRev, patch) => api.entries.update({ id, baseRev, patch }),
        },
        initial,
        existing,
        delayMs: AUTOSAVE_DELAY_MS,
        onState: (s) => {
          setState(s);
          if (s.status === 'saved' || s.status === 'failed') setSettled(s);
          // The core locked without the renderer hearing: let the shell catch up.
          if (s.status === 'failed' && s.code === 'locked') void latest.current.syncStatus();
        },
        onSaved: (e) => latest.current.onSaved(e),
      }),
  );

  useEffect(() => {
    const flush = () => {
      latest.current.beforeFlush(saver);
      return saver.flush();
    };
    const unregister = registerFlush(flush);
    return () => {
      unregister();
      // Leaving the page (or the whole session unmounting) saves whatever is left.
      void flush();
      saver.dispose();
    };
  }, [saver]);

  return { saver, state, settled };
}
