import { MendExport } from '../../../shared/domain/export';
import type { ImportDraft } from './draft';

/** Mend's own JSON export back in: every entry field, with its original times. */
export function looksLikeMendExport(json: unknown): boolean {
  return typeof json === 'object' && json !== null && (json as { format?: unknown }).format === 'mend.export';
}

export function convertMendExport(json: unknown): { drafts: ImportDraft[]; problems: string[] } {
  const r = MendExport.safeParse(json);
  if (!r.success) {
    return {
      drafts: [],
      problems: r.error.issues.slice(0, 20).map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`),
    };
  }
  return {
    drafts: r.data.entries.map((e) => ({
      draft: { kind: e.kind, title: e.title, body: e.body, mood: e.mood, intensity: e.intensity, emotions: e.emotions, tags: e.tags, happenedOn: e.happenedOn },
      createdAt: Date.parse(e.createdAt),
      updatedAt: Date.parse(e.updatedAt),
      trashed: e.trashed,
    })),
    problems: [],
  };
}
