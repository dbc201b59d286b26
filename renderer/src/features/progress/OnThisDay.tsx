import { useEffect, useId, useState } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { KIND_LABELS } from '../../../../shared/domain/entry';
import { api } from '../../lib/api';
import { dayLabel, localToday } from './dates';
import './on-this-day.css';

interface Moment {
  monthsAgo: number;
  date: string;
  entries: EntrySummary[];
}

const AGO: Record<number, string> = { 1: 'A month ago', 3: 'Three months ago', 6: 'Six months ago', 12: 'A year ago' };

export interface OnThisDayProps {
  /** Opens an entry in the journal. */
  onOpenEntry: (id: string) => void;
}

/**
 * Entries written on this date 1, 3, 6 and 12 months ago: a gentle look back. It takes no room
 * at all when there are none (or when they cannot be read); the journal works the same without it.
 */
export function OnThisDay({ onOpenEntry }: OnThisDayProps) {
  const [moments, setMoments] = useState<Moment[] | null>(null);
  const titleId = useId();

  useEffect(() => {
    let alive = true;
    api.progress.onThisDay({ today: localToday() }).then(
      (r) => alive && setMoments(r.items.filter((m) => m.entries.length > 0)),
      // A look back is a nicety: if it cannot be read, the journal simply shows without it.
      () => alive && setMoments([]),
    );
    return () => {
      alive = false;
    };
  }, []);

  if (!moments || moments.length === 0) return null;

  return (
    <section className="on-this-day" aria-labelledby={titleId}>
      <h2 className="on-this-day__title" id={titleId}>
        On this day
      </h2>
      <ul className="on-this-day__moments">
        {moments.map((m) => (
          <li key={m.monthsAgo} className="on-this-day__moment">
            <p className="on-this-day__when">
              {AGO[m.monthsAgo] ?? `${m.monthsAgo} months ago`} <span className="on-this-day__date">· {dayLabel(m.date)}</span>
            </p>
            <ul className="on-this-day__entries">
              {m.entries.map((e) => (
                <li key={e.id}>
                  <button type="button" className="on-this-day__entry" onClick={() => onOpenEntry(e.id)}>
                    <span className="on-this-day__entry-title">{e.title || KIND_LABELS[e.kind]}</span>
                    {e.excerpt ? <span className="on-this-day__excerpt">{e.excerpt}</span> : null}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
