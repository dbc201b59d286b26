import { useState } from 'react';
import type { Occurrence, Series } from '../../../../shared/domain/conversation';
import { zonedToUtc } from '../../../../shared/domain/zoned-time';
import { Button } from '../../ui/Button';
import { PlusIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { firstDraft, inputOf } from './drafts';
import { FirstSteps } from './FirstSteps';
import { OccurrenceItem, type OpenTarget } from './OccurrenceItem';
import { conversationIdOf } from './openOccurrence';
import { PlanItem } from './PlanItem';
import { useExplain } from './useExplain';
import { useNow } from './useNow';
import { useSchedule } from './useSchedule';
import type { Go } from './views';
import { deviceTimeZone } from './when';

interface UpcomingTabProps {
  go: Go;
  flash?: string;
}

/** What is happening now, what is coming up, what just passed, and the plans behind them. */
export function UpcomingTab({ go, flash }: UpcomingTabProps) {
  const explain = useExplain();
  const { data, error, reload } = useSchedule();
  const now = useNow(60_000);
  const [openError, setOpenError] = useState<string | null>(null);

  const plan = () => go({ name: 'schedule', draft: firstDraft(), editing: null, heading: 'Plan a conversation' });

  if (error) {
    return (
      <Notice tone="caution" role="alert">
        <p>{error}</p>
      </Notice>
    );
  }
  if (!data) return <p className="conv-muted">Loading your plans…</p>;

  const zoneOf = new Map(data.series.map((s) => [s.id, s.timeZone]));
  // A one-off whose time has passed is history (it stays in the list above), not a plan any more.
  const active = data.series.filter(
    (s) => s.cancelledAt === null && (s.everyWeeks !== null || zonedToUtc({ date: s.startDate, time: s.startTime }, s.timeZone) > now),
  );
  const live = data.occurrences.filter((o) => o.status === 'in-progress' || o.status === 'paused');
  // By time, not status: a time skipped or held early still belongs where its date is.
  const coming = data.occurrences.filter((o) => !live.includes(o) && o.endsAt > now);
  const earlier = data.occurrences.filter((o) => !live.includes(o) && o.endsAt <= now).reverse();
  const next = live.length === 0 ? coming.find((o) => o.status === 'planned') : undefined;

  async function open(o: Occurrence, target: OpenTarget) {
    setOpenError(null);
    try {
      const conversationId = await conversationIdOf(o);
      go({ name: target, conversationId });
    } catch (e) {
      setOpenError(explain(e));
    }
  }

  const item = (o: Occurrence, isNext = false) => (
    <OccurrenceItem
      key={`${o.seriesId}-${o.startsAt}`}
      occurrence={o}
      timeZone={zoneOf.get(o.seriesId) ?? deviceTimeZone()}
      now={now}
      isNext={isNext}
      onOpen={(target) => open(o, target)}
    />
  );

  return (
    <div className="conv-stack">
      {flash ? (
        <Notice tone="calm" role="status">
          <p>{flash}</p>
        </Notice>
      ) : null}
      {openError ? (
        <Notice tone="caution" role="alert">
          <p>{openError}</p>
        </Notice>
      ) : null}

      {active.length === 0 && data.occurrences.length === 0 ? (
        <FirstSteps onPlan={plan} />
      ) : (
        <>
          {live.length > 0 ? (
            <section className="conv-group" aria-labelledby="conv-live">
              <h2 className="conv-group__title" id="conv-live">
                Happening now
              </h2>
              <ul className="conv-list">{live.map((o) => item(o))}</ul>
            </section>
          ) : null}

          <section className="conv-group" aria-labelledby="conv-coming">
            <div className="conv-group__head">
              <h2 className="conv-group__title" id="conv-coming">
                Coming up
              </h2>
              <Button variant="secondary" onClick={plan}>
                <PlusIcon size={18} />
                Plan a conversation
              </Button>
            </div>
            {coming.length > 0 ? (
              <ul className="conv-list">{coming.map((o) => item(o, o === next))}</ul>
            ) : (
              <p className="conv-muted">Nothing planned for the next few weeks. Whenever you’re ready.</p>
            )}
          </section>

          {earlier.length > 0 ? (
            <section className="conv-group" aria-labelledby="conv-earlier">
              <h2 className="conv-group__title" id="conv-earlier">
                The last two weeks
              </h2>
              <ul className="conv-list conv-list--quiet">{earlier.map((o) => item(o))}</ul>
            </section>
          ) : null}

          {active.length > 0 ? (
            <section className="conv-group" aria-labelledby="conv-plans">
              <h2 className="conv-group__title" id="conv-plans">
                Your plans
              </h2>
              <ul className="conv-list">
                {active.map((s: Series) => (
                  <PlanItem
                    key={s.id}
                    series={s}
                    onChange={() => go({ name: 'schedule', draft: inputOf(s), editing: s, heading: 'Change this plan' })}
                    onStopped={() => void reload()}
                  />
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </div>
  );
}
