import { useCallback, useEffect, useState } from 'react';
import type { ReceivedEntry } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

/** What the partner has shared, newest first, as the core keeps it (decrypted only while unlocked). */
export function useReceived() {
  const explain = useExplain();
  const [items, setItems] = useState<ReceivedEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);

  useEffect(() => {
    let alive = true;
    api.received
      .list({})
      .then((r) => {
        if (!alive) return;
        setItems(r.items);
        setError(null);
      })
      .catch((e: unknown) => alive && setError(explain(e)));
    return () => {
      alive = false;
    };
  }, [version, explain]);

  /** Asks for the list again, e.g. after a packet was imported. */
  const reload = useCallback(() => setVersion((v) => v + 1), []);

  return { items, error, reload };
}
