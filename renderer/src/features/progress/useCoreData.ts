import { useEffect, useEffectEvent, useState } from 'react';
import { useSession } from '../../app/SessionContext';
import { isLockedError, messageOf } from '../../lib/errors';

export interface CoreData<T> {
  /** The last answer, kept on screen while a new one loads so the page does not jump. */
  data: T | null;
  loading: boolean;
  error: string | null;
}

/**
 * Reads something from the core whenever `key` changes. Loading is derived (the answer's key is
 * not the asked-for key yet) rather than set, so there is never a stale "done" for a new question.
 * A "locked" answer means the core locked without us hearing: the shell is told to catch up.
 */
export function useCoreData<T>(key: string, load: () => Promise<T>): CoreData<T> {
  const { syncStatus } = useSession();
  const [answer, setAnswer] = useState<{ key: string; data: T | null; error: string | null } | null>(null);
  const run = useEffectEvent(load);

  useEffect(() => {
    let alive = true;
    run().then(
      (data) => alive && setAnswer({ key, data, error: null }),
      (e: unknown) => {
        if (!alive) return;
        if (isLockedError(e)) void syncStatus();
        else setAnswer((prev) => ({ key, data: prev?.data ?? null, error: messageOf(e) }));
      },
    );
    return () => {
      alive = false;
    };
  }, [key, syncStatus]);

  const current = answer?.key === key;
  return { data: answer?.data ?? null, loading: !current, error: current ? (answer?.error ?? null) : null };
}
