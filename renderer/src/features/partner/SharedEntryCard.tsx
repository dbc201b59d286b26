import { emotionLabel } from '../../../../shared/domain/emotions';
import { KIND_LABELS, MOOD_LABELS } from '../../../../shared/domain/entry';
import type { SharedEntry } from '../../../../shared/domain/share';
import type { ReactNode } from 'react';
import { longDay } from './format';
import { SharedBody } from './SharedBody';

interface SharedEntryCardProps {
  entry: SharedEntry;
  /** Who shared it: the partner when reading, oneself in the preview (exactly as they will see it). */
  senderName: string;
  /** Anything the reader adds below, e.g. their private reflection. */
  children?: ReactNode;
}

/**
 * One shared entry as the recipient sees it. The preview and the received list both use this,
 * so what the sender previews is what the partner reads. Parts that did not travel are simply
 * absent; nothing hints at what was left out.
 */
export function SharedEntryCard({ entry, senderName, children }: SharedEntryCardProps) {
  const title = entry.title?.trim() ? entry.title : entry.kind ? KIND_LABELS[entry.kind] : 'An entry';
  const mood = entry.mood ? MOOD_LABELS[entry.mood - 1] : undefined;
  const hasFeelings = (entry.emotions?.length ?? 0) > 0 || (entry.tags?.length ?? 0) > 0;
  const who = senderName.trim() || 'Your partner';

  return (
    <article className="shared-entry" aria-label={title}>
      {entry.note ? (
        <figure className="shared-entry__note">
          <figcaption className="shared-entry__note-label">What {who} would like you to understand</figcaption>
          <blockquote className="shared-entry__note-text">{entry.note}</blockquote>
        </figure>
      ) : null}
      <header className="shared-entry__header">
        {entry.kind || entry.happenedOn ? (
          <p className="shared-entry__meta">
            {entry.kind ? (
              <span className="shared-entry__kind" data-kind={entry.kind}>
                <span className="shared-entry__kind-dot" aria-hidden="true" />
                {KIND_LABELS[entry.kind]}
              </span>
            ) : null}
            {entry.happenedOn ? <span className="shared-entry__date">{longDay(entry.happenedOn)}</span> : null}
          </p>
        ) : null}
        <h3 className="shared-entry__title">{title}</h3>
      </header>
      {mood || entry.intensity != null ? (
        <dl className="shared-entry__facts">
          {mood ? (
            <div>
              <dt>Mood</dt>
              <dd>{mood}</dd>
            </div>
          ) : null}
          {entry.intensity != null ? (
            <div>
              <dt>Intensity</dt>
              <dd>{entry.intensity} of 10</dd>
            </div>
          ) : null}
        </dl>
      ) : null}
      {hasFeelings ? (
        <ul className="shared-entry__chips" aria-label="Feelings and tags">
          {(entry.emotions ?? []).map((e) => (
            <li key={`e:${e}`} className="shared-entry__chip">
              {emotionLabel(e)}
            </li>
          ))}
          {(entry.tags ?? []).map((t) => (
            <li key={`t:${t}`} className="shared-entry__chip shared-entry__chip--tag">
              <span aria-hidden="true">#</span>
              {t}
            </li>
          ))}
        </ul>
      ) : null}
      {entry.body ? <SharedBody body={entry.body} label={`${title}, shared by ${who}`} /> : null}
      {children}
    </article>
  );
}
