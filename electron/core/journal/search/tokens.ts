/**
 * Words for the search index: lower-cased runs of letters and digits, keeping inner apostrophes
 * ("don't" stays one word). Splitting (rather than matching) is the fast path in V8, and indexing
 * 10,000 entries means tokenising millions of words.
 */
const SEPARATORS = /[^\p{L}\p{N}\p{M}'’]+/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(SEPARATORS)) {
    if (raw === '') continue;
    const word = trimApostrophes(raw);
    if (word !== '') out.push(word);
  }
  return out;
}

function trimApostrophes(w: string): string {
  if (!w.includes('’') && w[0] !== "'" && w[w.length - 1] !== "'") return w;
  return w.replace(/’/g, "'").replace(/^'+|'+$/g, '');
}
