/**
 * A short passage around the first matched word, with the positions of every matched word in it,
 * so the renderer can highlight without re-implementing matching.
 */
export function makeSnippet(text: string, terms: readonly string[], radius = 90): { text: string; marks: [number, number][] } {
  const lower = text.toLowerCase();
  const needles = [...new Set(terms.map((t) => t.toLowerCase()).filter((t) => t.length > 0))];
  let first = -1;
  for (const n of needles) {
    const i = lower.indexOf(n);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
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
