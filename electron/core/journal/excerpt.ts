const EXCERPT_CHARS = 180;

/** The opening of an entry's text for the timeline: whitespace folded, cut at a word, with "…". */
export function excerptOf(text: string): string {
  // Only the opening is shown: flatten a prefix, growing it only if whitespace ate too much of it
  // (a long entry's whole text is not worth rewriting on every save).
  let flat: string;
  for (let take = EXCERPT_CHARS * 2; ; take *= 4) {
    flat = text.slice(0, take).replace(/\s+/g, ' ').trimStart();
    if (take >= text.length) {
      flat = flat.trimEnd();
      break;
    }
    if (flat.length > EXCERPT_CHARS) break;
  }
  return flat.length <= EXCERPT_CHARS ? flat : flat.slice(0, EXCERPT_CHARS).replace(/\s+\S*$/, '') + '…';
}
