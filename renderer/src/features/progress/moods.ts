import { MOOD_LABELS } from '../../../../shared/domain/entry';

/** 1 = very low … 5 = very good; an average is named by its nearest word. */
export function moodWord(mood: number): string {
  const i = Math.min(5, Math.max(1, Math.round(mood))) - 1;
  return MOOD_LABELS[i]!;
}

/** "Good (3.8)": the word first, the number for anyone who wants it. */
export function moodText(avg: number | null): string {
  if (avg === null) return 'No mood noted';
  return Number.isInteger(avg) ? moodWord(avg) : `${moodWord(avg)} (${avg.toFixed(1)})`;
}

/** The whole step a day's average belongs to, for colouring the calendar. */
export function moodStep(avg: number): 1 | 2 | 3 | 4 | 5 {
  return Math.min(5, Math.max(1, Math.round(avg))) as 1 | 2 | 3 | 4 | 5;
}

export { MOOD_LABELS };
