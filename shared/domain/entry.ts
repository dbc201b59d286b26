import { z } from 'zod';
import { EMOTION_IDS } from './emotions';
import { segmentWords, UNSPACED_RUNS } from './scripts';

export const ENTRY_KINDS = ['feeling', 'setback', 'small-recovery', 'gratitude', 'reflection'] as const;
export type EntryKind = (typeof ENTRY_KINDS)[number];

export const KIND_LABELS: Record<EntryKind, string> = {
  feeling: 'Feeling',
  setback: 'Setback',
  'small-recovery': 'Small recovery',
  gratitude: 'Gratitude',
  reflection: 'Reflection',
};

/** Mood on a 5-point scale, 1 = very low … 5 = very good. */
export const MOOD_LABELS = ['Very low', 'Low', 'Okay', 'Good', 'Very good'] as const;

/** Over 1 MB of text is refused: far beyond any journal entry, and it keeps every save bounded. */
export const MAX_BODY_TEXT_CHARS = 1_000_000;
export const MAX_EDITOR_STATE_CHARS = 4_000_000;
const MAX_EDITOR_DEPTH = 24;

/** A calendar date, "YYYY-MM-DD", that really exists (no 2026-02-30). */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Dates look like 2026-03-14.')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return y >= 1900 && y <= 2200 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'That date does not exist.');

export const EntryKindSchema = z.enum(ENTRY_KINDS, { message: 'Choose what kind of entry this is.' });
export const Mood = z.number().int().min(1).max(5);
export const Intensity = z.number().int().min(0).max(10);
export const Emotion = z.string().refine((id) => EMOTION_IDS.has(id), { message: 'That feeling is not in Mend’s list.' });
export const Tag = z
  .string()
  .trim()
  .min(1)
  .max(40, 'Keep tags to 40 characters.')
  // eslint-disable-next-line no-control-regex -- control characters are exactly what we refuse
  .regex(/^[^\u0000-\u001f#,]+$/, 'Tags cannot contain commas, # or control characters.');

/** Lexical's serialized node: a type plus arbitrary fields, children nested to a bounded depth. */
type LexicalNode = { type: string; children?: LexicalNode[]; text?: string; [k: string]: unknown };

function checkLexicalNode(node: unknown, depth: number): node is LexicalNode {
  if (depth > MAX_EDITOR_DEPTH || typeof node !== 'object' || node === null || Array.isArray(node)) return false;
  const n = node as Record<string, unknown>;
  if (typeof n.type !== 'string' || n.type.length > 64) return false;
  if ('text' in n && typeof n.text !== 'string') return false;
  if ('children' in n) {
    if (!Array.isArray(n.children)) return false;
    for (const c of n.children) if (!checkLexicalNode(c, depth + 1)) return false;
  }
  return true;
}

/**
 * The editor state as Lexical serialises it (`JSON.stringify(editorState)`), carried as a string
 * so it is stored exactly as the editor wrote it. Checked for shape and size, never trusted.
 */
export const EditorStateJson = z
  .string()
  .max(MAX_EDITOR_STATE_CHARS, 'This entry is too long to save (over 1 MB of text).')
  .superRefine((s, ctx) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(s);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'The editor sent something Mend could not read, so nothing was saved.' });
      return;
    }
    const root = (parsed as { root?: unknown } | null)?.root;
    if (!checkLexicalNode(root, 0) || (root as LexicalNode).type !== 'root') {
      ctx.addIssue({ code: 'custom', message: 'The editor sent something Mend could not read, so nothing was saved.' });
      return;
    }
    // From the tree already parsed: every save passes through here, and parsing is its main cost.
    if (plainTextOfRoot(root as LexicalNode).length > MAX_BODY_TEXT_CHARS) ctx.addIssue({ code: 'custom', message: 'This entry is too long to save (over 1 MB of text).' });
  });

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'quote', 'listitem', 'list', 'code']);

/** Plain text of an editor state, blocks separated by newlines: for search, excerpts and word counts. */
export function plainTextOf(editorStateJson: string): string {
  let root: LexicalNode;
  try {
    root = (JSON.parse(editorStateJson) as { root: LexicalNode }).root;
  } catch {
    return '';
  }
  return plainTextOfRoot(root);
}

function plainTextOfRoot(root: LexicalNode): string {
  const out: string[] = [];
  const walk = (n: LexicalNode, depth: number): void => {
    if (depth > MAX_EDITOR_DEPTH || !n || typeof n !== 'object') return;
    if (typeof n.text === 'string') out.push(n.text);
    else if (n.type === 'linebreak') out.push('\n');
    if (Array.isArray(n.children)) for (const c of n.children) walk(c, depth + 1);
    if (BLOCK_TYPES.has(n.type) && n.type !== 'list') out.push('\n');
  };
  walk(root, 0);
  const text = out.join('');
  return (text.includes('\n\n\n') ? text.replace(/\n{3,}/g, '\n\n') : text).trim();
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words: a letter or digit, then any run of letters, digits, apostrophes and hyphens (what the
 * pattern [\p{L}\p{N}][\p{L}\p{N}'’-]* with flags gu matches), counted in one pass without
 * building an array of every word: this runs on every save, and in the editor for long entries.
 * Chinese, Japanese, Thai, Lao, Khmer and Burmese runs are counted by the platform's word
 * segmenter instead (otherwise a whole sentence would count as one word).
 */
export function wordCount(text: string): number {
  if (!UNSPACED_RUNS.test(text)) return spacedWordCount(text);
  let words = 0;
  text.split(UNSPACED_RUNS).forEach((part, i) => {
    words += i % 2 === 0 ? spacedWordCount(part) : segmentWords(part).length;
  });
  return words;
}

function spacedWordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    let wide = false;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = (c - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
        wide = true;
      }
    }
    const letterOrDigit =
      (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c >= 128 && LETTER_OR_DIGIT.test(String.fromCodePoint(c)));
    if (inWord) inWord = letterOrDigit || c === 39 || c === 0x2019 || c === 45;
    else if (letterOrDigit) {
      words++;
      inWord = true;
    }
    if (wide) i++;
  }
  return words;
}

export function emptyEditorState(): string {
  return JSON.stringify({
    root: { type: 'root', version: 1, format: '', indent: 0, direction: null, children: [{ type: 'paragraph', version: 1, format: '', indent: 0, direction: null, textFormat: 0, textStyle: '', children: [] }] },
  });
}

const Tags = z.array(Tag).max(30, 'Up to 30 tags per entry.').transform((tags) => [...new Set(tags.map((t) => t.trim()))]);
const Emotions = z.array(Emotion).max(20, 'Up to 20 feelings per entry.').transform((xs) => [...new Set(xs)]);

const draftFields = {
  kind: EntryKindSchema,
  title: z.string().trim().max(200, 'Keep the title to 200 characters.'),
  body: EditorStateJson,
  mood: Mood.nullable(),
  intensity: Intensity.nullable(),
  emotions: Emotions,
  tags: Tags,
  happenedOn: IsoDate,
};

/** What a person writes; everything here is encrypted at rest. */
export const EntryDraft = z
  .object({
    ...draftFields,
    title: draftFields.title.default(''),
    mood: draftFields.mood.default(null),
    intensity: draftFields.intensity.default(null),
    emotions: draftFields.emotions.default([]),
    tags: draftFields.tags.default([]),
  })
  .strict();
export type EntryDraft = z.infer<typeof EntryDraft>;

/** An edit: only the fields present change (no defaults, so an absent field is never reset). */
export const EntryPatch = z.object(draftFields).partial().strict();
export type EntryPatch = z.infer<typeof EntryPatch>;

export const EntryId = z.string().regex(/^[a-z0-9]{26}$/, 'That is not an entry id.');

/** The metadata a timeline needs, without the body. */
export const EntrySummary = z.object({
  id: EntryId,
  rev: z.number().int(),
  kind: EntryKindSchema,
  title: z.string(),
  excerpt: z.string(),
  mood: Mood.nullable(),
  intensity: Intensity.nullable(),
  emotions: z.array(z.string()),
  tags: z.array(z.string()),
  happenedOn: z.string(),
  createdAt: z.number(),
  updatedAt: z.number(),
  wordCount: z.number().int(),
  trashedAt: z.number().nullable(),
  /** When this entry was last shared with the partner; null while private. */
  sharedAt: z.number().nullable(),
  damaged: z.literal(false).optional(),
});
export type EntrySummary = z.infer<typeof EntrySummary>;

export const Entry = EntrySummary.extend({ body: z.string() });
export type Entry = z.infer<typeof Entry>;

export const EntryFilters = z
  .object({
    kinds: z.array(EntryKindSchema).max(ENTRY_KINDS.length).optional(),
    emotions: z.array(Emotion).max(40).optional(),
    tags: z.array(Tag).max(40).optional(),
    moodMin: Mood.optional(),
    moodMax: Mood.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    sharing: z.enum(['any', 'private', 'shared']).optional(),
  })
  .strict()
  .refine((f) => !(f.moodMin && f.moodMax && f.moodMin > f.moodMax), 'The lowest mood cannot be above the highest.')
  .refine((f) => !(f.from && f.to && f.from > f.to), 'The start date must be on or before the end date.');
export type EntryFilters = z.infer<typeof EntryFilters>;
