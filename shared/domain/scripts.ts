/**
 * Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * a run of them is split into words by the platform's word segmenter (ICU's dictionaries, via
 * Intl.Segmenter), for search and for word counts alike.
 */
const SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}';

/** Matches one character of an unspaced script. */
export const UNSPACED_CHAR = new RegExp(`[${SCRIPTS}]`, 'u');
/** Captures runs of them, so split() alternates: other text, a run, other text, … */
export const UNSPACED_RUNS = new RegExp(`([${SCRIPTS}]+)`, 'u');

let segmenter: Intl.Segmenter | null = null;

/** The words of a run of unspaced text, as the platform's segmenter finds them. */
export function segmentWords(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike) words.push(s.segment);
  return words;
}
