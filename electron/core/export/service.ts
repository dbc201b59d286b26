import { strToU8, zipSync } from 'fflate';
import { KIND_LABELS, type Entry } from '../../../shared/domain/entry';
import type { ExportedEntry, MendExport } from '../../../shared/domain/export';
import type { ConversationService } from '../conversations/service';
import { Cancelled, type JobContext, type Jobs } from '../jobs';
import type { JournalService } from '../journal/service';
import { stateToMarkdown } from '../lexical/convert';
import type { Clock, Dialogs } from '../ports';

const iso = (ms: number) => new Date(ms).toISOString();

/** The person's own data, in the clear, written only where they choose after a warning. */
export class ExportService {
  constructor(
    private readonly journal: JournalService,
    private readonly conversations: ConversationService,
    private readonly jobs: Jobs,
    private readonly dialogs: Dialogs,
    private readonly clock: Clock,
  ) {}

  run(jobId: string, format: 'json' | 'markdown', includeTrash: boolean): Promise<{ outcome: 'saved' | 'cancelled'; entries: number }> {
    return this.jobs
      .run(jobId, async (ctx) => {
        const entries = await this.collect(ctx, includeTrash);
        const day = iso(this.clock.now()).slice(0, 10);
        const file =
          format === 'json'
            ? { name: `Mend export ${day}.json`, data: strToU8(JSON.stringify(this.json(entries), null, 2)), filter: { name: 'JSON', extensions: ['json'] } }
            : { name: `Mend export ${day}.zip`, data: this.zip(entries), filter: { name: 'Zip', extensions: ['zip'] } };
        await ctx.step(entries.length, entries.length, 'saving');
        const path = await this.dialogs.saveFile({ suggestedName: file.name, data: file.data, filters: [file.filter] });
        file.data.fill(0);
        return { outcome: path === null ? ('cancelled' as const) : ('saved' as const), entries: path === null ? 0 : entries.length };
      })
      .catch((e) => {
        if (e instanceof Cancelled) return { outcome: 'cancelled' as const, entries: 0 };
        throw e;
      });
  }

  private async collect(ctx: JobContext, includeTrash: boolean): Promise<ExportedEntry[]> {
    const summaries = this.journal.allSummaries().filter((e) => includeTrash || e.trashedAt === null);
    const out: ExportedEntry[] = [];
    for (let i = 0; i < summaries.length; i++) {
      const e = this.journal.get(summaries[i]!.id);
      out.push(toExported(e));
      if (i % 50 === 0) await ctx.step(i, summaries.length, 'reading');
    }
    return out;
  }

  private json(entries: ExportedEntry[]): MendExport {
    return {
      format: 'mend.export',
      version: 1,
      exportedAt: iso(this.clock.now()),
      entries,
      conversations: this.conversations.listSeries().items,
      agreements: this.conversations.listAgreements().items,
      boundaries: this.conversations.listBoundaries().items,
    };
  }

  private zip(entries: ExportedEntry[]): Uint8Array {
    const files: Record<string, Uint8Array> = {};
    const used = new Set<string>();
    for (const e of entries) {
      const base = `${e.happenedOn}-${slug(e.title || KIND_LABELS[e.kind])}`;
      let name = `${base}.md`;
      for (let n = 2; used.has(name); n++) name = `${base}-${n}.md`;
      used.add(name);
      files[`Mend/${name}`] = strToU8(frontMatter(e) + e.markdown + '\n');
    }
    files['Mend/README.txt'] = strToU8('Exported from Mend. One Markdown file per entry, with its details in the front matter. These files are not encrypted.\n');
    return zipSync(files, { level: 6 });
  }
}

export function toExported(e: Entry): ExportedEntry {
  return {
    id: e.id,
    kind: e.kind,
    title: e.title,
    body: e.body,
    markdown: stateToMarkdown(e.body),
    mood: e.mood,
    intensity: e.intensity,
    emotions: e.emotions,
    tags: e.tags,
    happenedOn: e.happenedOn,
    createdAt: iso(e.createdAt),
    updatedAt: iso(e.updatedAt),
    trashed: e.trashedAt !== null,
    sharedAt: e.sharedAt === null ? null : iso(e.sharedAt),
  };
}

function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 50) || 'entry'
  );
}

/** YAML front matter with every field quoted as JSON strings, so any title round-trips. */
export function frontMatter(e: ExportedEntry): string {
  const list = (xs: string[]) => `[${xs.map((x) => JSON.stringify(x)).join(', ')}]`;
  return [
    '---',
    `title: ${JSON.stringify(e.title)}`,
    `kind: ${e.kind}`,
    `happened_on: ${e.happenedOn}`,
    `mood: ${e.mood ?? ''}`,
    `intensity: ${e.intensity ?? ''}`,
    `emotions: ${list(e.emotions)}`,
    `tags: ${list(e.tags)}`,
    `created_at: ${e.createdAt}`,
    `updated_at: ${e.updatedAt}`,
    '---',
    '',
  ].join('\n');
}
