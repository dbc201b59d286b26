/**
 * Typo tolerance grows with word length: "betryed" finds "betrayed", "hop" does not find "top".
 * Returns the edits allowed for a query word, 0 meaning none.
 */
export function allowedEdits(word: string): number {
  return word.length < 4 ? 0 : word.length < 7 ? 1 : 2;
}

/**
 * Edit distance between `query` and `term` (insertions, deletions, substitutions and swaps of two
 * neighbouring letters, so "lonley" is one edit from "lonely"), or between `query` and the closest
 * prefix of `term` when `prefix` is set (so a misspelt beginning, "reasur", still finds
 * "reassurance" while the person is typing). Returns max + 1 as soon as the distance must exceed
 * `max`: the vocabulary walk only asks "within max?", so most words are rejected after a row or
 * two. `rows` is scratch space of at least 3 × (query.length + max + 2).
 */
export function boundedDistance(query: string, term: string, max: number, prefix: boolean, rows: Int32Array): number {
  const m = query.length;
  const n = prefix ? Math.min(term.length, m + max) : term.length;
  if (!prefix && Math.abs(n - m) > max) return max + 1;
  if (prefix && term.length < m - max) return max + 1;
  const w = n + 1;
  // Three rows of the table, rotating: distance between the first i query chars and j term chars.
  let before = 0;
  let prev = w;
  let cur = 2 * w;
  for (let j = 0; j <= n; j++) rows[prev + j] = j;
  for (let i = 1; i <= m; i++) {
    rows[cur] = i;
    let best = i;
    const qc = query.charCodeAt(i - 1);
    for (let j = 1; j <= n; j++) {
      const tc = term.charCodeAt(j - 1);
      let v = Math.min(rows[prev + j]! + 1, rows[cur + j - 1]! + 1, rows[prev + j - 1]! + (qc === tc ? 0 : 1));
      if (i > 1 && j > 1 && qc === term.charCodeAt(j - 2) && query.charCodeAt(i - 2) === tc) v = Math.min(v, rows[before + j - 2]! + 1);
      rows[cur + j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    [before, prev, cur] = [prev, cur, before];
  }
  if (!prefix) return rows[prev + n]!;
  let best = max + 1;
  for (let j = Math.max(0, m - max); j <= n; j++) best = Math.min(best, rows[prev + j]!);
  return best;
}
