import { MOOD_LABELS } from '../../../../shared/domain/entry';

/** A mood as a gentle word with a small dot whose fill grows with the mood; no red, no scores. */
export function MoodWord({ mood }: { mood: number }) {
  const label = MOOD_LABELS[mood - 1];
  if (!label) return null;
  return (
    <span className="mood-word" data-mood={mood}>
      <span className="mood-word__dot" aria-hidden="true" />
      <span className="visually-hidden">Mood: </span>
      {label}
    </span>
  );
}
