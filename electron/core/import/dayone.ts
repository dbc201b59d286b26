import { z } from 'zod';
import { isValidTimeZone, utcToZoned } from '../../../shared/domain/zoned-time';
import { markdownToState } from '../lexical/convert';
import { checkDraft, cleanTags, type ImportDraft } from './draft';
import { IMPORT_LIMITS } from './limits';

/**
 * Day One's JSON export (the `.json` inside its zip): `{ metadata: { version }, entries: [...] }`,
 * each entry with `uuid`, `creationDate` (ISO 8601), optional `modifiedDate`, `timeZone` (IANA),
 * `text` (Markdown with Day One's backslash escapes), `tags`, `starred`, and media we do not
 * import (photos, audio, location, weather).
 */
const DayOneEntry = z.object({
  uuid: z.string().optional(),
  creationDate: z.string().datetime({ offset: true, message: 'has no valid creationDate' }),
  modifiedDate: z.string().datetime({ offset: true }).optional(),
  timeZone: z.string().optional(),
  text: z.string().max(1_000_000, 'is longer than 1 MB of text').optional(),
  tags: z.array(z.string()).optional(),
  starred: z.boolean().optional(),
});

export const DayOneExport = z.object({
  metadata: z.object({ version: z.string() }).passthrough(),
  entries: z.array(z.unknown()).max(IMPORT_LIMITS.maxEntries),
});

export function looksLikeDayOne(json: unknown): boolean {
  return DayOneExport.safeParse(json).success;
}

/** Day One escapes Markdown punctuation ("\." "\-") and embeds media links we cannot carry over. */
function cleanText(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\(dayone-moment:[^)]*\)/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!>])/g, '$1')
    .trim();
}

function splitTitle(text: string): { title: string; body: string } {
  const m = /^#{1,6}\s+(.+)\n?/.exec(text);
  if (!m) return { title: '', body: text };
  return { title: m[1]!.trim().slice(0, 200), body: text.slice(m[0].length).trim() };
}

export function convertDayOne(json: unknown): { drafts: ImportDraft[]; problems: string[] } {
  const top = DayOneExport.safeParse(json);
  if (!top.success) return { drafts: [], problems: ['This is not a Day One export: it has no "metadata" and "entries".'] };
  const drafts: ImportDraft[] = [];
  const problems: string[] = [];
  top.data.entries.forEach((raw, i) => {
    const where = `Entry ${i + 1}`;
    const e = DayOneEntry.safeParse(raw);
    if (!e.success) {
      problems.push(`${where} ${e.error.issues[0]!.message}`);
      return;
    }
    const created = Date.parse(e.data.creationDate);
    const zone = e.data.timeZone && isValidTimeZone(e.data.timeZone) ? e.data.timeZone : 'UTC';
    const { title, body } = splitTitle(cleanText(e.data.text ?? ''));
    const tags = cleanTags(e.data.tags);
    if (e.data.starred) tags.push('starred');
    const checked = checkDraft(
      { kind: 'reflection', title, body: markdownToState(body), tags: [...new Set(tags)].slice(0, 30), happenedOn: utcToZoned(created, zone).date },
      where,
    );
    if (!checked.ok) problems.push(checked.problem);
    else drafts.push({ draft: checked.draft, createdAt: created, updatedAt: e.data.modifiedDate ? Date.parse(e.data.modifiedDate) : created });
  });
  return { drafts, problems };
}
