import { useCallback, useEffect, useRef, useState } from 'react';
import type { Occurrence, Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';

export interface DueNoticeData {
  items: Occurrence[];
  series: Series[];
}

/**
 * Asks the core once per visit which conversations came due since Mend last looked (it remembers,
 * so each is mentioned once). The section mounts afresh on entry and after every unlock, so this
 * runs exactly then. The ref guards against effects running twice in development.
 */
export function useDueNotice() {
  const [notice, setNotice] = useState<DueNoticeData | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (asked.current) return;
    asked.current = true;
    (async () => {
      try {
        const { items } = await api.conversations.dueNotice({});
        if (items.length === 0) return;
        const { items: series } = await api.conversations.listSeries({});
        setNotice({ items, series });
      } catch {
        // A notice is a kindness, not a duty: if it cannot be read, the list below still shows the same.
      }
    })();
  }, []);

  const dismiss = useCallback(() => setNotice(null), []);
  return { notice, dismiss };
}
