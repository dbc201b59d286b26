export interface SnippetPart {
  text: string;
  marked: boolean;
}

/**
 * Cuts a search snippet into plain and matched runs from the core's [start, end) ranges. Ranges
 * are clamped and overlaps skipped, so a stray range can never duplicate or drop text.
 */
export function splitSnippet(text: string, marks: readonly (readonly [number, number])[]): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let at = 0;
  for (const [rawStart, rawEnd] of [...marks].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(at, Math.min(rawStart, text.length));
    const end = Math.max(start, Math.min(rawEnd, text.length));
    if (end === start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
