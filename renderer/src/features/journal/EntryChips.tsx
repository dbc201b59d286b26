import { emotionLabel } from '../../../../shared/domain/emotions';

interface EntryChipsProps {
  emotions: readonly string[];
  tags: readonly string[];
  /** Rows stay one line tall in the timeline; the rest is counted. */
  max?: number;
}

/** Feelings as soft chips and tags as quiet #words, trimmed to fit a timeline row. */
export function EntryChips({ emotions, tags, max = 6 }: EntryChipsProps) {
  if (emotions.length === 0 && tags.length === 0) return null;
  const shownEmotions = emotions.slice(0, max);
  const shownTags = tags.slice(0, Math.max(0, max - shownEmotions.length));
  const hidden = emotions.length + tags.length - shownEmotions.length - shownTags.length;
  return (
    <ul className="entry-chips" aria-label="Feelings and tags">
      {shownEmotions.map((e) => (
        <li key={`e:${e}`} className="emotion-chip">
          {emotionLabel(e)}
        </li>
      ))}
      {shownTags.map((t) => (
        <li key={`t:${t}`} className="tag-chip">
          <span aria-hidden="true">#</span>
          {t}
        </li>
      ))}
      {hidden > 0 ? <li className="entry-chips__more">+{hidden} more</li> : null}
    </ul>
  );
}
