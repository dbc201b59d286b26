import { useId, useState } from 'react';
import type { MonthReview } from '../../../../shared/contract/progress';
import { KIND_LABELS } from '../../../../shared/domain/entry';
import { dayLabel, localDayOf, monthLabel, shortDay } from './dates';
import { countOf, conversationKindWord, kindsSentence, statusWord } from './monthWords';
import { moodText } from './moods';

const timeOf = (ms: number) => new Date(ms).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

/**
 * One month, laid out like a letter the two of you might read together. It is also the printed
 * page: `print-sheet` (ui/print.css) hides everything else when printing, and month-print.css
 * sets it on A4.
 */
export function MonthSheet({ review }: { review: MonthReview }) {
  const titleId = useId();
  const held = review.conversations.filter((c) => c.status === 'held').length;
  const kinds = kindsSentence(review.byKind);
  // Fixed when the page opens: only used to tell a past conversation from one still ahead.
  const [now] = useState(Date.now);

  return (
    <article className="month-sheet print-sheet" aria-labelledby={titleId} data-testid="month-sheet">
      <header className="month-sheet__head">
        <p className="month-sheet__eyebrow">Month in review</p>
        <h2 className="month-sheet__title" id={titleId}>
          {monthLabel(review.month)}
        </h2>
        <p className="month-sheet__summary">{withoutMonthPrefix(review.summary)}</p>
      </header>

      <dl className="month-figures">
        <Figure label={review.entries === 1 ? 'entry' : 'entries'} value={review.entries} />
        <Figure label={review.smallRecoveries.length === 1 ? 'small recovery' : 'small recoveries'} value={review.smallRecoveries.length} />
        <Figure label={held === 1 ? 'conversation held' : 'conversations held'} value={held} />
        <Figure label={review.agreementsKept === 1 ? 'agreement kept' : 'agreements kept'} value={review.agreementsKept} />
      </dl>

      {review.entries > 0 ? (
        <p className="month-sheet__prose">
          You wrote {kinds}.{' '}
          {review.avgMood !== null ? <>On the days you noted a mood, it was {moodText(review.avgMood).toLowerCase()} on average.</> : null}
        </p>
      ) : null}

      <section className="month-part" aria-labelledby={`${titleId}-recoveries`}>
        <h3 className="month-part__title" id={`${titleId}-recoveries`}>
          Small recoveries
        </h3>
        {review.smallRecoveries.length === 0 ? (
          <p className="month-part__quiet">None were written down this month. Some may still have happened.</p>
        ) : (
          <ol className="month-recoveries">
            {review.smallRecoveries.map((e) => (
              <li key={e.id} className="month-recovery">
                <time className="month-recovery__date" dateTime={e.happenedOn}>
                  {shortDay(e.happenedOn)}
                </time>
                <div className="month-recovery__text">
                  <p className="month-recovery__title">{e.title || KIND_LABELS[e.kind]}</p>
                  {e.excerpt ? <p className="month-recovery__excerpt">{e.excerpt}</p> : null}
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>

      <section className="month-part" aria-labelledby={`${titleId}-feelings`}>
        <h3 className="month-part__title" id={`${titleId}-feelings`}>
          Feelings that came back
        </h3>
        {review.recurringEmotions.length === 0 ? (
          <p className="month-part__quiet">No feeling was named more than once this month.</p>
        ) : (
          <ul className="month-feelings">
            {review.recurringEmotions.map((f) => (
              <li key={f.emotion}>
                {f.label} <span className="month-feelings__count">{countOf(f.count, 'time', 'times')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="month-part" aria-labelledby={`${titleId}-talks`}>
        <h3 className="month-part__title" id={`${titleId}-talks`}>
          Conversations
        </h3>
        {review.conversations.length === 0 ? (
          <p className="month-part__quiet">No conversations were planned this month.</p>
        ) : (
          <ul className="month-talks">
            {review.conversations.map((c) => (
              <li key={c.startsAt + c.kind} className="month-talk">
                <span className="month-talk__when">
                  {dayLabel(localDayOf(c.startsAt))}, {timeOf(c.startsAt)}
                </span>
                <span className="month-talk__kind">{conversationKindWord(c.kind)}</span>
                <span className="month-talk__status" data-status={c.status}>
                  {statusWord(c.status, c.startsAt < now)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="month-part" aria-labelledby={`${titleId}-agreements`}>
        <h3 className="month-part__title" id={`${titleId}-agreements`}>
          Agreements
        </h3>
        <p className={review.agreementsMade + review.agreementsKept === 0 ? 'month-part__quiet' : undefined}>
          {review.agreementsMade + review.agreementsKept === 0
            ? 'No agreements were made or kept this month.'
            : `${countOf(review.agreementsMade, 'agreement', 'agreements')} made together, and ${countOf(review.agreementsKept, 'agreement', 'agreements')} kept.`}
        </p>
      </section>

      <footer className="month-sheet__foot">
        <p>From Mend, a private journal kept on your own computer.</p>
        <p>Mend supports, and does not replace, a couples therapist.</p>
      </footer>
    </article>
  );
}

/**
 * The core's sentence starts with the month ("May 2026: 12 entries…"); right under the month as a
 * title, that reads twice, so the prefix is dropped here (screen and paper alike).
 */
function withoutMonthPrefix(summary: string): string {
  const rest = summary.replace(/^[^:.]+ \d{4}: /, '');
  return rest === summary ? summary : rest.charAt(0).toUpperCase() + rest.slice(1);
}

function Figure({ value, label }: { value: number; label: string }) {
  return (
    <div className="month-figure">
      <dt className="month-figure__label">{label}</dt>
      <dd className="month-figure__value">{value}</dd>
    </div>
  );
}
