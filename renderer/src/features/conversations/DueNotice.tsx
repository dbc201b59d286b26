import { useState } from 'react';
import type { Occurrence, Series } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { nextDraft } from './drafts';
import { KIND_NOUNS } from './labels';
import { conversationIdOf } from './openOccurrence';
import type { DueNoticeData } from './useDueNotice';
import { useExplain } from './useExplain';
import type { Go } from './views';
import { deviceTimeZone, pastDayName } from './when';

interface DueNoticeProps {
  notice: DueNoticeData;
  now: number;
  go: Go;
  onDismiss: () => void;
}

function sentence(items: Occurrence[], series: Series[], now: number): string {
  const zone = (o: Occurrence) => series.find((s) => s.id === o.seriesId)?.timeZone ?? deviceTimeZone();
  const kinds = new Set(items.map((o) => o.kind));
  const noun = kinds.size === 1 ? KIND_NOUNS[items[0]!.kind] : 'conversation';
  const days = [...new Set(items.map((o) => pastDayName(o.startsAt, zone(o), now)))];
  const when = days.length === 1 ? days[0]! : `${days.slice(0, -1).join(', ')} and ${days[days.length - 1]}`;
  const plural = items.length > 1;
  return `Your ${noun}${plural ? 's' : ''} ${when} came and went — that’s okay. Want to plan the next one?`;
}

/** Missed times, said without blame, with one easy way back in. */
export function DueNotice({ notice, now, go, onDismiss }: DueNoticeProps) {
  const explain = useExplain();
  const [error, setError] = useState<string | null>(null);
  const last = notice.items[notice.items.length - 1]!;
  const series = notice.series.find((s) => s.id === last.seriesId) ?? null;
  const repeats = series !== null && series.cancelledAt === null && series.everyWeeks !== null;

  async function next() {
    onDismiss();
    if (!repeats) {
      go({ name: 'schedule', draft: nextDraft(series), editing: null, heading: 'Plan the next one' });
      return;
    }
    try {
      const { items } = await api.conversations.upcoming({ days: 60, pastDays: 0 });
      const o = items.find((x) => x.seriesId === last.seriesId && x.status === 'planned');
      if (o) go({ name: 'prepare', conversationId: await conversationIdOf(o) });
      else go({ name: 'schedule', draft: nextDraft(series), editing: null, heading: 'Plan the next one' });
    } catch (e) {
      setError(explain(e));
    }
  }

  return (
    <div className="conv-due">
      <Notice tone="rest" role="status">
        <p>{sentence(notice.items, notice.series, now)}</p>
        {error ? <p>{error}</p> : null}
        <div className="conv-due__actions">
          <Button variant="secondary" onClick={next}>
            {repeats ? 'Prepare for the next one' : 'Plan the next one'}
          </Button>
          <Button variant="quiet" onClick={onDismiss}>
            Not now
          </Button>
        </div>
      </Notice>
    </div>
  );
}
