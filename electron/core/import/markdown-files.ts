import { ENTRY_KINDS, type EntryKind } from '../../../shared/domain/entry';
import { markdownToState } from '../lexical/convert';
import { checkDraft, cleanTags, type ImportDraft } from './draft';

/**
 * A folder of Markdown files, one entry per file. Front matter (ours, or the common `title`,
 * `date`, `tags` of other apps) fills the details; otherwise the first heading is the title and a
 * leading YYYY-MM-DD in the file name is the date.
 */
export function convertMarkdownFiles(files: { path: string; data: Uint8Array }[], today: string): { drafts: ImportDraft[]; problems: string[] } {
  const drafts: ImportDraft[] = [];
  const problems: string[] = [];
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const f of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    let text: string;
    try {
      text = decoder.decode(f.data).replace(/^\uFEFF/, '');
    } catch {
      problems.push(`${f.path}: is not UTF-8 text.`);
      continue;
    }
    const { meta, body } = splitFrontMatter(text);
    let content = body.trim();
    let title = typeof meta.title === 'string' ? meta.title : '';
    if (!title) {
      const m = /^#{1,6}\s+(.+)\n?/.exec(content);
      if (m) {
        title = m[1]!.trim();
        content = content.slice(m[0].length).trim();
      }
    }
    const fileDate = /(?:^|\/)(\d{4}-\d{2}-\d{2})[^/]*$/.exec(f.path)?.[1];
    const date = str(meta.happened_on) ?? str(meta.date)?.slice(0, 10) ?? fileDate ?? today;
    const kind: EntryKind = ENTRY_KINDS.includes(meta.kind as EntryKind) ? (meta.kind as EntryKind) : 'reflection';
    const checked = checkDraft(
      {
        kind,
        title: title.slice(0, 200),
        body: markdownToState(content),
        mood: num(meta.mood),
        intensity: num(meta.intensity),
        emotions: Array.isArray(meta.emotions) ? meta.emotions : [],
        tags: cleanTags(meta.tags),
        happenedOn: date,
      },
      f.path,
    );
    if (!checked.ok) {
      problems.push(checked.problem);
      continue;
    }
    const created = str(meta.created_at) ? Date.parse(str(meta.created_at)!) : NaN;
    const updated = str(meta.updated_at) ? Date.parse(str(meta.updated_at)!) : NaN;
    drafts.push({ draft: checked.draft, ...(Number.isFinite(created) ? { createdAt: created } : {}), ...(Number.isFinite(updated) ? { updatedAt: updated } : {}) });
  }
  return { drafts, problems };
}

const str = (v: unknown) => (typeof v === 'string' && v.length > 0 ? v : undefined);
const num = (v: unknown) => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

type Meta = Record<string, string | number | string[] | undefined>;

/** A small, safe subset of YAML front matter: `key: value`, numbers, quoted strings and [a, b] lists. */
export function splitFrontMatter(text: string): { meta: Meta; body: string } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!m) return { meta: {}, body: text };
  const meta: Meta = {};
  for (const line of m[1]!.split(/\r?\n/)) {
    const kv = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!kv) continue;
    meta[kv[1]!] = parseValue(kv[2]!.trim());
  }
  return { meta, body: text.slice(m[0].length) };
}

function parseValue(v: string): string | number | string[] | undefined {
  if (v === '') return undefined;
  if (v.startsWith('[') && v.endsWith(']')) {
    try {
      const arr: unknown = JSON.parse(v);
      if (Array.isArray(arr)) return arr.filter((x): x is string => typeof x === 'string');
    } catch {
      return v
        .slice(1, -1)
        .split(',')
        .map((s) => s.trim().replace(/^['"]|['"]$/g, ''))
        .filter(Boolean);
    }
  }
  if (v.startsWith('"')) {
    try {
      const s: unknown = JSON.parse(v);
      if (typeof s === 'string') return s;
    } catch {
      return v.slice(1, -1);
    }
  }
  if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
  return v.replace(/^'|'$/g, '');
}
