export interface Snippet {
  text: string;
  marks: [number, number][];
}

/**
 * A short passage around the first matched word, with the positions of every matched word in it,
 * so the renderer can highlight without re-implementing matching. This runs for every result of
 * every search, so it scans with one case-insensitive pattern instead of lower-casing the entry.
 */
export function makeSnippet(text: string, terms: readonly string[], radius = 90, pattern: RegExp | null = termsPattern(terms)): Snippet {
  const first = pattern ? text.search(pattern) : -1;
  if (first < 0 || !pattern) {
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
  let body = text.slice(start, end);
  // Line breaks and runs of spaces become one space (most passages have none: skip the rewrite).
  if (/\s\s|[^\S ]/.test(body)) body = body.replace(/\s+/g, ' ');
  const passage = (start > 0 ? '…' : '') + body + (end < text.length ? '…' : '');
  const marks: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(passage); m !== null; m = pattern.exec(passage)) {
    const last = marks[marks.length - 1];
    const to = m.index + m[0].length;
    // Touching or overlapping matches merge into one highlight.
    if (last && m.index <= last[1]) last[1] = Math.max(last[1], to);
    else marks.push([m.index, to]);
  }
  return { text: passage, marks };
}

/**
 * The pattern makeSnippet scans with: every term, case-insensitive, longest first so "hopeful"
 * is marked whole rather than as "hope". Results of one search mostly share their terms, so the
 * search builds it once per distinct term list (and keeps it only for that call).
 */
export function termsPattern(terms: readonly string[]): RegExp | null {
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))].sort((a, b) => b.length - a.length);
  return needles.length ? new RegExp(needles.map(escapeRegExp).join('|'), 'gi') : null;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
