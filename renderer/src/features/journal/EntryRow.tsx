import { useId, type ReactNode } from 'react';
import type { EntrySummary } from '../../../../shared/domain/entry';
import { longDay, shortDay } from './dates';
import { EntryChips } from './EntryChips';
import { KindChip } from './KindChip';
import { MoodWord } from './MoodWord';

interface EntryRowProps {
  entry: EntrySummary;
  onOpen(id: string): void;
  /** Search results pass the highlighted passage instead of the stored excerpt. */
  passage?: ReactNode;
  /** Heading level inside the timeline (under month and week) or a result list. */
  level?: 3 | 4;
}

const HEADING_CHARS = 90;

/** An untitled entry is named by its first words, so the timeline still reads as sentences. */
export function headingOf(entry: Pick<EntrySummary, 'title' | 'excerpt'>): { text: string; fromExcerpt: boolean } {
  if (entry.title.trim()) return { text: entry.title, fromExcerpt: false };
  const flat = entry.excerpt.trim();
  if (!flat) return { text: 'Untitled entry', fromExcerpt: false };
  return { text: flat.length <= HEADING_CHARS ? flat : flat.slice(0, HEADING_CHARS).replace(/\s+\S*$/, '') + '…', fromExcerpt: true };
}

/**
 * One entry in the timeline or search results: a card whose title is the button (so screen
 * readers hear a short name) while the whole card stays clickable for everyone else.
 */
export function EntryRow({ entry, onOpen, passage, level = 4 }: EntryRowProps) {
  const titleId = useId();
  const heading = headingOf(entry);
  const Heading = level === 3 ? 'h3' : 'h4';
  const body = passage ?? (heading.fromExcerpt ? null : entry.excerpt || null);
  return (
    <article className="entry-row" data-kind={entry.kind} aria-labelledby={titleId}>
      <div className="entry-row__meta">
        <KindChip kind={entry.kind} />
        {entry.mood !== null ? <MoodWord mood={entry.mood} /> : null}
        {entry.intensity !== null ? <span className="entry-row__intensity">Intensity {entry.intensity}/10</span> : null}
        {entry.sharedAt !== null ? <span className="entry-row__shared">Shared</span> : null}
        <time className="entry-row__date" dateTime={entry.happenedOn} title={longDay(entry.happenedOn)}>
          {shortDay(entry.happenedOn)}
        </time>
      </div>
      <Heading className="entry-row__title">
        <button
          type="button"
          id={titleId}
          className="entry-row__open"
          data-untitled={heading.fromExcerpt || undefined}
          onClick={() => onOpen(entry.id)}
        >
          {heading.text}
        </button>
      </Heading>
      {body ? <p className="entry-row__excerpt">{body}</p> : null}
      <EntryChips emotions={entry.emotions} tags={entry.tags} />
    </article>
  );
}
