/**
 * A short passage around the first matched word, with the positions of every matched word in it,
 * so the renderer can highlight without re-implementing matching.
 */
export function makeSnippet(
  text: string,
  terms: readonly string[],
  radius = 90,
  pattern: RegExp | null = termsPattern(terms),
): { text: string; marks: [number, number][] } {
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))];
  // One case-insensitive scan for the earliest needle, instead of lower-casing the whole entry
  // (this runs for every result of every search).
  const first = pattern ? text.search(pattern) : -1;
  if (first < 0) {
    const head = text.slice(0, radius * 2);
    return { text: head + (text.length > head.length ? '…' : ''), marks: [] };
  }
  let start = Math.max(0, first - radius);
  let end = Math.min(text.length, first + radius);
  // Cut at word boundaries so the passage reads naturally.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    if (space >= 0 && space < first) start = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  const prefix = start > 0 ? '…' : '';
  const suffix = end < text.length ? '…' : '';
  const body = text.slice(start, end).replace(/\s+/g, ' ');
  const passage = prefix + body + suffix;
  const marks: [number, number][] = [];
  const lp = passage.toLowerCase();
  for (const n of needles) {
    let i = lp.indexOf(n);
    while (i >= 0) {
      marks.push([i, i + n.length]);
      i = lp.indexOf(n, i + n.length);
    }
  }
  marks.sort((a, b) => a[0] - b[0]);
  // Merge overlaps (e.g. "hope" inside "hopeful").
  const merged: [number, number][] = [];
  for (const m of marks) {
    const last = merged[merged.length - 1];
    if (last && m[0] <= last[1]) last[1] = Math.max(last[1], m[1]);
    else merged.push([m[0], m[1]]);
  }
  return { text: passage, marks: merged };
}

/**
 * The case-insensitive pattern makeSnippet scans for. Results of one search mostly share their
 * terms, so the search builds it once per distinct term list (and keeps it only for that call).
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))];
  return needles.length ? new RegExp(needles.map(escapeRegExp).join('|'), 'i') : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
