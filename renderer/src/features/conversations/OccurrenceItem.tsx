import { useId, useState, type ReactNode } from 'react';
import { CONVERSATION_KIND_LABELS, type Occurrence } from '../../../../shared/domain/conversation';
import { utcToZoned } from '../../../../shared/domain/zoned-time';
import { Button } from '../../ui/Button';
import { CONVERSATION_STATUS_LABELS } from './labels';
import { friendlyWhen } from './when';

export type OpenTarget = 'prepare' | 'hold' | 'after';

interface OccurrenceItemProps {
  occurrence: Occurrence;
  timeZone: string;
  now: number;
  /** The very next one gets the main button, so the first step is obvious. */
  isNext?: boolean;
  onOpen: (target: OpenTarget) => Promise<void>;
}

/** A day tile that reads at a glance, in the plan's own zone. */
function DayTile({ startsAt, timeZone }: { startsAt: number; timeZone: string }) {
  const d = new Date(startsAt);
  const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone }).format(d);
  const day = Number(utcToZoned(startsAt, timeZone).date.slice(8));
  const month = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone }).format(d);
  return (
    <span className="conv-day" aria-hidden="true">
      <span className="conv-day__weekday">{weekday}</span>
      <span className="conv-day__number">{day}</span>
      <span className="conv-day__month">{month}</span>
    </span>
  );
}

/** One occurrence in the list, with the next step that fits where it stands. */
export function OccurrenceItem({ occurrence: o, timeZone, now, isNext = false, onOpen }: OccurrenceItemProps) {
  const titleId = useId();
  const [busy, setBusy] = useState(false);
  const past = o.endsAt <= now;
  const open = (target: OpenTarget) => async () => {
    setBusy(true);
    try {
      await onOpen(target);
    } finally {
      setBusy(false);
    }
  };

  let actions: ReactNode = null;
  if (o.status === 'in-progress' || o.status === 'paused') {
    actions = (
      <Button variant="primary" onClick={open('hold')} disabled={busy} aria-describedby={titleId}>
        Continue
      </Button>
    );
  } else if (o.status === 'held') {
    actions = (
      <Button onClick={open('after')} disabled={busy} aria-describedby={titleId}>
        Notes and agreements
      </Button>
    );
  } else if (o.status === 'planned') {
    actions = (
      <>
        <Button variant={isNext ? 'primary' : 'secondary'} onClick={open('prepare')} disabled={busy} aria-describedby={titleId}>
          Prepare
        </Button>
        <Button variant="quiet" onClick={open('hold')} disabled={busy} aria-describedby={titleId}>
          {past ? 'Hold it now' : 'Begin'}
        </Button>
      </>
    );
  }

  return (
    <li className="conv-occurrence" data-next={isNext || undefined} data-status={o.status}>
      <DayTile startsAt={o.startsAt} timeZone={timeZone} />
      <div className="conv-occurrence__body">
        <p className="conv-occurrence__title" id={titleId}>
          <span className="conv-occurrence__when">{friendlyWhen(o.startsAt, timeZone, now)}</span>
          <span className="conv-occurrence__kind"> · {CONVERSATION_KIND_LABELS[o.kind]}</span>
        </p>
        <p className="conv-occurrence__purpose">{o.purpose}</p>
        {o.status !== 'planned' ? (
          <p className="conv-chip" data-status={o.status}>
            {CONVERSATION_STATUS_LABELS[o.status]}
          </p>
        ) : past ? (
          <p className="conv-chip">Came and went — that’s okay</p>
        ) : null}
      </div>
      {actions ? <div className="conv-occurrence__actions">{actions}</div> : null}
    </li>
  );
}
