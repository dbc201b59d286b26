/**
 * Words for the search index: lower-cased runs of letters and digits, keeping inner apostrophes
 * ("don't" stays one word). Splitting (rather than matching) is the fast path in V8, and indexing
 * 10,000 entries means tokenising millions of words.
 *
 * Chinese, Japanese, Thai, Lao, Khmer and Burmese do not put spaces between words, so a run of
 * them would be one "word" (a whole sentence, found only by its beginning). Those runs go through
 * the platform's word segmenter (ICU's dictionaries, via Intl.Segmenter); text without them never
 * pays for it.
 */
import { segmentWords, UNSPACED_CHAR } from '../../../../shared/domain/scripts';

const SEPARATORS = /[^\p{L}\p{N}\p{M}'’]+/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const unspaced = UNSPACED_CHAR.test(text);
  for (const raw of text.toLowerCase().split(SEPARATORS)) {
    if (raw === '') continue;
    const word = trimApostrophes(raw);
    if (word === '') continue;
    if (unspaced && UNSPACED_CHAR.test(word)) for (const w of segmentWords(word)) pushWord(out, w);
    else out.push(word);
  }
  return out;
}

/** True for a word in a script written without spaces, where one character is already a word. */
export function isUnspaced(word: string): boolean {
  return UNSPACED_CHAR.test(word);
}

function pushWord(out: string[], raw: string): void {
  const word = trimApostrophes(raw);
  if (word !== '') out.push(word);
}

function trimApostrophes(w: string): string {
  if (!w.includes('’') && w[0] !== "'" && w[w.length - 1] !== "'") return w;
  return w.replace(/’/g, "'").replace(/^'+|'+$/g, '');
}
