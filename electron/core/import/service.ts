import type { ImportReport } from '../../../shared/contract/data';
import { Cancelled, type JobContext, type Jobs } from '../jobs';
import type { JournalService } from '../journal/service';
import type { Clock, Dialogs } from '../ports';
import { convertDayOne, looksLikeDayOne } from './dayone';
import type { ImportDraft } from './draft';
import { IMPORT_LIMITS, jsonDepthWithin } from './limits';
import { convertMarkdownFiles } from './markdown-files';
import { convertMendExport, looksLikeMendExport } from './mend-json';
import { ImportRefused } from './refused';
import { isZip, readZip } from './zip';

export type ImportSource = 'dayone' | 'markdown-folder' | 'mend-json';

/**
 * Imports are all or nothing: every entry is converted and checked first, and only a file with no
 * problems is written, in one transaction. A refusal lists what was wrong so it can be fixed.
 */
export class ImportService {
  constructor(
    private readonly journal: JournalService,
    private readonly jobs: Jobs,
    private readonly dialogs: Dialogs,
    private readonly clock: Clock,
  ) {}

  run(jobId: string, source: ImportSource): Promise<ImportReport> {
    return this.jobs
      .run(jobId, async (ctx) => {
        const converted = source === 'markdown-folder' ? await this.fromFolder() : await this.fromFile(source);
        if (converted === null) return { outcome: 'cancelled' as const, imported: 0, problems: [] };
        if (converted.problems.length) throw new ImportRefused(converted.problems);
        if (converted.drafts.length === 0) throw new ImportRefused(['No entries were found in what you chose.']);
        await ctx.step(0, converted.drafts.length, 'saving');
        const imported = await this.journal.importMany(converted.drafts, (done) => ctx.step(done, converted.drafts.length, 'saving'));
        return { outcome: 'imported' as const, imported, problems: [] };
      })
      .catch((e: unknown): ImportReport => {
        if (e instanceof Cancelled) return { outcome: 'cancelled', imported: 0, problems: [] };
        if (e instanceof ImportRefused) return { outcome: 'refused', imported: 0, problems: e.problems.slice(0, IMPORT_LIMITS.maxProblemsReported) };
        throw e;
      });
  }

  private async fromFile(source: 'dayone' | 'mend-json'): Promise<{ drafts: ImportDraft[]; problems: string[] } | null> {
    const file = await this.dialogs.openFile({
      filters: source === 'dayone' ? [{ name: 'Day One export', extensions: ['zip', 'json'] }] : [{ name: 'Mend export', extensions: ['json'] }],
      maxBytes: IMPORT_LIMITS.maxFileBytes,
    });
    if (!file) return null;
    const jsons = isZip(file.data) ? readZip(file.data, (n) => n.toLowerCase().endsWith('.json') && !n.split('/').pop()!.startsWith('.')) : [{ name: file.name, data: file.data }];
    if (jsons.length === 0) throw new ImportRefused(['This zip has no JSON file in it. A Day One export has one (for example Journal.json).']);
    const drafts: ImportDraft[] = [];
    const problems: string[] = [];
    for (const j of jsons) {
      const json = parseJson(j.data, j.name);
      const ok = source === 'dayone' ? looksLikeDayOne(json) : looksLikeMendExport(json);
      if (!ok) {
        problems.push(source === 'dayone' ? `${j.name}: this is not a Day One JSON export.` : `${j.name}: this is not a Mend export.`);
        continue;
      }
      const r = source === 'dayone' ? convertDayOne(json) : convertMendExport(json);
      drafts.push(...r.drafts);
      problems.push(...r.problems.map((p) => (jsons.length > 1 ? `${j.name}: ${p}` : p)));
    }
    return { drafts, problems };
  }

  private async fromFolder(): Promise<{ drafts: ImportDraft[]; problems: string[] } | null> {
    const dir = await this.dialogs.openDirectory({ extensions: ['.md', '.markdown'], maxFiles: IMPORT_LIMITS.maxMarkdownFiles, maxFileBytes: IMPORT_LIMITS.maxMarkdownFileBytes });
    if (!dir) return null;
    const today = new Date(this.clock.now()).toISOString().slice(0, 10);
    const r = convertMarkdownFiles(dir.files, today);
    return { drafts: r.drafts, problems: [...dir.skipped.map((s) => `${s}: is larger than 2 MB or could not be read.`), ...r.problems] };
  }
}

function parseJson(data: Uint8Array, name: string): unknown {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    throw new ImportRefused([`${name}: is not UTF-8 text.`]);
  }
  if (!jsonDepthWithin(text, IMPORT_LIMITS.maxJsonDepth)) throw new ImportRefused([`${name}: is nested far deeper than any journal export.`]);
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportRefused([`${name}: is not valid JSON (it may be cut short).`]);
  }
}

export type { JobContext };
