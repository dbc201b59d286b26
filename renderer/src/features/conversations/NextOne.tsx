import { useEffect, useState } from 'react';
import type { Occurrence, Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { nextDraft } from './drafts';
import { KIND_NOUNS } from './labels';
import { conversationIdOf } from './openOccurrence';
import { useNow } from './useNow';
import type { Go } from './views';
import { friendlyWhen } from './when';

interface NextOneProps {
  series: Series | null;
  after: number;
  go: Go;
}

/** The way on: the next time already planned, or a link to plan it. */
export function NextOne({ series, after, go }: NextOneProps) {
  const [next, setNext] = useState<Occurrence | null>(null);
  const now = useNow(60_000);
  const repeats = series !== null && series.cancelledAt === null && series.everyWeeks !== null;

  useEffect(() => {
    if (!repeats || !series) return;
    let alive = true;
    api.conversations.upcoming({ days: 60, pastDays: 0 }).then(
      (r) => alive && setNext(r.items.find((o) => o.seriesId === series.id && o.startsAt > after && o.status === 'planned') ?? null),
      () => {},
    );
    return () => {
      alive = false;
    };
  }, [repeats, series, after]);

  if (repeats && series && next) {
    return (
      <div className="conv-next">
        <p>
          Your next {KIND_NOUNS[next.kind]}: <strong>{friendlyWhen(next.startsAt, series.timeZone, now)}</strong>
        </p>
        <Button onClick={async () => go({ name: 'prepare', conversationId: await conversationIdOf(next) })}>Prepare for it</Button>
      </div>
    );
  }
  return (
    <div className="conv-next">
      <Button
        variant="link"
        onClick={() => go({ name: 'schedule', draft: nextDraft(series), editing: null, heading: 'Schedule the next one' })}
      >
        Schedule the next one
      </Button>
    </div>
  );
}
