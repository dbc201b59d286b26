import { EntryDraft } from '../../../shared/domain/entry';

/** An entry ready to be written, with the times it originally had when the source knows them. */
export interface ImportDraft {
  draft: EntryDraft;
  createdAt?: number;
  updatedAt?: number;
  trashed?: boolean;
}

/**
 * Checks a converted entry with the same schema the editor's saves go through, and returns a
 * short description of what is wrong (for the refusal report) instead of throwing.
 */
export function checkDraft(input: unknown, where: string): { ok: true; draft: EntryDraft } | { ok: false; problem: string } {
  const r = EntryDraft.safeParse(input);
  if (r.success) return { ok: true, draft: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, problem: `${where}: ${issue.message}${issue.path.length ? ` (${issue.path.join('.')})` : ''}` };
}

const TAG_BAD = /[#,\u0000-\u001f]/g; // eslint-disable-line no-control-regex -- stripping control characters is the point
export function cleanTags(tags: unknown): string[] {
  if (!Array.isArray(tags)) return [];
  return [...new Set(tags.filter((t): t is string => typeof t === 'string').map((t) => t.replace(TAG_BAD, ' ').trim().slice(0, 40)).filter(Boolean))].slice(0, 30);
}
