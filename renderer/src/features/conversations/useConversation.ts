import { useCallback, useEffect, useState } from 'react';
import type { Agenda } from '../../../../shared/contract';
import type { Conversation, Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { useExplain } from './useExplain';

export interface Loaded {
  conversation: Conversation;
  /** The plan it belongs to: its zone says how to show the time. */
  series: Series | null;
  agenda: Agenda;
}

/** One conversation with its plan and agenda, read together so a page never shows half of it. */
export function useConversation(id: string) {
  const explain = useExplain();
  const [data, setData] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(
    () =>
      Promise.all([api.conversations.agenda({ id }), api.conversations.listSeries({})]).then(
        ([agenda, list]) => {
          const series = list.items.find((s) => s.id === agenda.conversation.seriesId) ?? null;
          setData({ conversation: agenda.conversation, series, agenda });
          setError(null);
        },
        (e: unknown) => {
          const message = explain(e);
          if (message) setError(message);
        },
      ),
    [id, explain],
  );

  useEffect(() => {
    void reload();
  }, [reload]);

  /** Adopt a conversation the core returned (after start, pause, resume…), keeping the rest. */
  const adopt = useCallback(
    (conversation: Conversation) => setData((d) => (d ? { ...d, conversation, agenda: { ...d.agenda, conversation } } : d)),
    [],
  );

  return { data, error, reload, adopt };
}
