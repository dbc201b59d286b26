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
const SEPARATORS = /[^\p{L}\p{N}\p{M}'’]+/u;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

let segmenter: Intl.Segmenter | null = null;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  const unspaced = UNSPACED.test(text);
  for (const raw of text.toLowerCase().split(SEPARATORS)) {
    if (raw === '') continue;
    const word = trimApostrophes(raw);
    if (word === '') continue;
    if (unspaced && UNSPACED.test(word)) out.push(...segment(word));
    else out.push(word);
  }
  return out;
}

/** True for a word in a script written without spaces, where one character is already a word. */
export function isUnspaced(word: string): boolean {
  return UNSPACED.test(word);
}

function segment(run: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const words: string[] = [];
  for (const s of segmenter.segment(run)) {
    if (!s.isWordLike) continue;
    const word = trimApostrophes(s.segment);
    if (word !== '') words.push(word);
  }
  return words;
}

function trimApostrophes(w: string): string {
  if (!w.includes('’') && w[0] !== "'" && w[w.length - 1] !== "'") return w;
  return w.replace(/’/g, "'").replace(/^'+|'+$/g, '');
}
