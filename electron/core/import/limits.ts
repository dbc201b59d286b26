/** Bounds for everything we read from outside: generous for real journals, fatal to bombs. */
export const IMPORT_LIMITS = {
  /** The file the person picks (a Day One zip with photos can be large; we read only its JSON). */
  maxFileBytes: 512 * 1024 * 1024,
  /** Total bytes we are willing to inflate out of a zip. */
  maxInflatedBytes: 256 * 1024 * 1024,
  maxZipEntries: 20_000,
  maxJsonDepth: 64,
  maxEntries: 100_000,
  maxMarkdownFiles: 20_000,
  maxMarkdownFileBytes: 2 * 1024 * 1024,
  maxProblemsReported: 50,
} as const;

/**
 * Refuses JSON nested deeper than `max` before JSON.parse sees it (a deeply nested file would
 * otherwise exhaust the stack). Counts brackets outside strings in one pass.
 */
export function jsonDepthWithin(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > max) return false;
    } else if (c === 125 || c === 93) depth--;
  }
  return true;
}
