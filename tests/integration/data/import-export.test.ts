import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { plainTextOf } from '../../../shared/domain/entry';
import { makeCouple, writeEntries, type Couple } from '../partner/couple';
import { lexical } from '../journal/setup';

let c: Couple;
let scratch: string;
beforeEach(async () => {
  c = await makeCouple();
  scratch = mkdtempSync(join(tmpdir(), 'mend-data-'));
});
afterEach(async () => {
  await c.cleanup();
  rmSync(scratch, { recursive: true, force: true });
});

const job = () => `job-${Math.random().toString(36).slice(2, 12)}`;
const DAYONE = join(import.meta.dirname, '../../fixtures/dayone/Journal.json');

async function seedRich() {
  await c.as('alex');
  const rich = await c.call('entries.create', {
    kind: 'setback',
    title: 'The “missed” call: part 2',
    body: JSON.stringify({
      root: {
        type: 'root', version: 1, format: '', indent: 0, direction: 'ltr',
        children: [
          { type: 'heading', tag: 'h2', version: 1, format: '', indent: 0, direction: 'ltr', children: [{ type: 'text', version: 1, text: 'What happened', format: 0, detail: 0, mode: 'normal', style: '' }] },
          { type: 'paragraph', version: 1, format: '', indent: 0, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', version: 1, text: 'I felt ', format: 0, detail: 0, mode: 'normal', style: '' }, { type: 'text', version: 1, text: 'invisible', format: 1, detail: 0, mode: 'normal', style: '' }] },
        ],
      },
    }),
    mood: 2,
    intensity: 8,
    emotions: ['hurt', 'lonely'],
    tags: ['phone', 'trust issues'],
    happenedOn: '2026-05-30',
  });
  c.clock.advance(60_000);
  const edited = await c.call('entries.update', { id: rich.id, patch: { mood: 3 } });
  const [toTrash] = await writeEntries(c, 3);
  await c.call('entries.trash', { id: toTrash! });
  return { rich: edited, trashedId: toTrash! };
}

describe('export', () => {
  it('JSON export → import into another vault keeps every field', async () => {
    const { rich } = await seedRich();
    const r = await c.call('export.run', { jobId: job(), format: 'json', includeTrash: true, acknowledgedUnencrypted: true });
    expect(r).toEqual({ outcome: 'saved', entries: 4 });
    const exported = JSON.parse(readFileSync(c.lastSaved().path, 'utf8'));
    expect(exported).toMatchObject({ format: 'mend.export', version: 1 });
    expect(exported.entries.find((e: { title: string }) => e.title === rich.title).markdown).toBe('## What happened\n\nI felt **invisible**');

    await c.as('blair');
    c.queueOpen(c.lastSaved().path);
    expect(await c.call('import.run', { jobId: job(), source: 'mend-json' })).toEqual({ outcome: 'imported', imported: 4, problems: [] });
    const list = await c.call('entries.list', {});
    expect(list.total).toBe(3);
    expect((await c.call('entries.list', { trash: true })).total).toBe(1);
    const back = list.items.find((e) => e.title === rich.title)!;
    const full = await c.call('entries.get', { id: back.id });
    for (const k of ['kind', 'title', 'body', 'mood', 'intensity', 'emotions', 'tags', 'happenedOn', 'createdAt', 'updatedAt', 'wordCount', 'excerpt'] as const) {
      expect(full[k], k).toEqual(rich[k]);
    }
    // And it is searchable, like anything typed.
    expect((await c.call('entries.search', { query: 'invisible' })).hits).toHaveLength(1);
  });

  it('Markdown export is a zip of one front-mattered file per entry, and it imports back as a folder', async () => {
    const { rich } = await seedRich();
    const r = await c.call('export.run', { jobId: job(), format: 'markdown', acknowledgedUnencrypted: true });
    expect(r).toEqual({ outcome: 'saved', entries: 3 });
    const files = unzipSync(new Uint8Array(readFileSync(c.lastSaved().path)));
    const names = Object.keys(files).filter((n) => n.endsWith('.md'));
    expect(names).toHaveLength(3);
    const richFile = names.find((n) => n.includes('2026-05-30'))!;
    const text = new TextDecoder().decode(files[richFile]);
    expect(text).toContain('title: "The “missed” call: part 2"');
    expect(text).toContain('emotions: ["hurt", "lonely"]');
    expect(text).toContain('I felt **invisible**');
    for (const [name, data] of Object.entries(files)) {
      mkdirSync(dirname(join(scratch, name)), { recursive: true });
      writeFileSync(join(scratch, name), data);
    }
    await c.as('blair');
    c.queueOpenDirectory(join(scratch, 'Mend'));
    expect(await c.call('import.run', { jobId: job(), source: 'markdown-folder' })).toMatchObject({ outcome: 'imported', imported: 3 });
    const back = (await c.call('entries.list', { filters: { from: '2026-05-30', to: '2026-05-30' } })).items[0]!;
    expect(back).toMatchObject({ kind: 'setback', title: rich.title, mood: 3, intensity: 8, emotions: ['hurt', 'lonely'], tags: ['phone', 'trust issues'], createdAt: rich.createdAt, updatedAt: rich.updatedAt });
    expect(plainTextOf((await c.call('entries.get', { id: back.id })).body)).toBe(plainTextOf(rich.body));
  });

  it('refuses without the unencrypted-export acknowledgement and can be cancelled', async () => {
    await seedRich();
    expect((await c.core.dispatch('export.run', { jobId: job(), format: 'json' })).ok).toBe(false);
    const id = job();
    const running = c.call('export.run', { jobId: id, format: 'json', acknowledgedUnencrypted: true });
    await c.call('job.cancel', { jobId: id });
    expect(await running).toEqual({ outcome: 'cancelled', entries: 0 });
  });
});

describe('Day One and Markdown import', () => {
  it('imports a Day One JSON export written from its documented schema', async () => {
    await c.as('alex');
    c.queueOpen(DAYONE);
    expect(await c.call('import.run', { jobId: job(), source: 'dayone' })).toEqual({ outcome: 'imported', imported: 2, problems: [] });
    const items = (await c.call('entries.list', {})).items;
    const walk = items.find((e) => e.title === 'A quiet walk')!;
    expect(walk).toMatchObject({ happenedOn: '2025-11-02', tags: ['evening', 'walk', 'starred'], kind: 'reflection', createdAt: Date.parse('2025-11-02T21:15:00Z'), updatedAt: Date.parse('2025-11-03T08:00:00Z') });
    const body = plainTextOf((await c.call('entries.get', { id: walk.id })).body);
    expect(body).toContain("didn't talk about it. That was okay.");
    expect(body).not.toContain('dayone-moment');
    // 23:30 UTC on 5 Nov is still 5 Nov in New York.
    expect(items.find((e) => e.title === '')!.happenedOn).toBe('2025-11-05');
  });

  it('imports the same export from a Day One zip', async () => {
    await c.as('alex');
    const zip = join(scratch, 'export.zip');
    writeFileSync(zip, zipSync({ 'Journal.json': new Uint8Array(readFileSync(DAYONE)), 'photos/abc.jpeg': new Uint8Array([0xff, 0xd8, 0xff]) }));
    c.queueOpen(zip);
    expect(await c.call('import.run', { jobId: job(), source: 'dayone' })).toMatchObject({ outcome: 'imported', imported: 2 });
  });

  async function expectRefused(file: string, source: 'dayone' | 'mend-json' | 'markdown-folder', match: RegExp) {
    await c.as('alex');
    const before = (await c.call('entries.facets', {})).total;
    if (source === 'markdown-folder') c.queueOpenDirectory(file);
    else c.queueOpen(file);
    const r = await c.call('import.run', { jobId: job(), source });
    expect(r.outcome).toBe('refused');
    expect(r.imported).toBe(0);
    expect(r.problems.join('\n')).toMatch(match);
    expect((await c.call('entries.facets', {})).total).toBe(before);
    return r;
  }

  it('refuses a partly invalid file with a report and imports nothing', async () => {
    const doc = JSON.parse(readFileSync(DAYONE, 'utf8'));
    doc.entries.push({ uuid: 'x', creationDate: 'yesterday', text: 'bad date' }, { creationDate: '2025-11-06T10:00:00Z', text: 7 });
    const file = join(scratch, 'bad.json');
    writeFileSync(file, JSON.stringify(doc));
    const r = await expectRefused(file, 'dayone', /Entry 3 has no valid creationDate/);
    expect(r.problems).toHaveLength(2);
  });

  it('refuses corrupt JSON, the wrong kind of file, deep nesting and a damaged zip', async () => {
    const write = (name: string, data: string | Uint8Array) => {
      const p = join(scratch, name);
      writeFileSync(p, data);
      return p;
    };
    await expectRefused(write('cut.json', readFileSync(DAYONE, 'utf8').slice(0, 300)), 'dayone', /not valid JSON/);
    await expectRefused(write('other.json', '{"hello":"world"}'), 'dayone', /not a Day One JSON export/);
    await expectRefused(write('deep.json', '['.repeat(5000) + ']'.repeat(5000)), 'dayone', /nested far deeper/);
    const zip = zipSync({ 'Journal.json': new Uint8Array(readFileSync(DAYONE)) }, { level: 9 });
    const damaged = zip.slice();
    for (let i = 60; i < 120; i++) damaged[i] = damaged[i]! ^ 0x5a;
    await expectRefused(write('damaged.zip', damaged), 'dayone', /damaged|not valid JSON|not UTF-8/);
    await expectRefused(write('notmend.json', readFileSync(DAYONE, 'utf8')), 'mend-json', /not a Mend export/);
    await expectRefused(write('binary.json', new Uint8Array([0xff, 0xfe, 0x00, 0x01])), 'dayone', /not UTF-8|not valid JSON/);
  });

  it('refuses a zip bomb in bounded memory, and unsafe paths in a zip', async () => {
    // 300 MB of zeros compresses to a few hundred KB and claims nothing honest about its size.
    const bomb = zipSync({ 'Journal.json': new Uint8Array(300 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const p = join(scratch, 'bomb.zip');
    writeFileSync(p, bomb);
    const heapBefore = process.memoryUsage().rss;
    await expectRefused(p, 'dayone', /far more data/);
    expect(process.memoryUsage().rss - heapBefore).toBeLessThan(600 * 1024 * 1024);
    const evil = join(scratch, 'evil.zip');
    writeFileSync(evil, zipSync({ '../../etc/Journal.json': strToU8(readFileSync(DAYONE, 'utf8')) }));
    await expectRefused(evil, 'dayone', /unsafe file name/);
  });

  it('imports a folder of plain Markdown notes, using headings and dated file names', async () => {
    const dir = join(scratch, 'notes');
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, '2026-01-05 first.md'), '# New year\n\nWe made *one* promise.');
    writeFileSync(join(dir, 'sub', 'plain.markdown'), '---\ntitle: From another app\ndate: 2026-02-01T09:00:00Z\ntags: [a, b]\n---\nJust text.');
    writeFileSync(join(dir, 'ignore.txt'), 'not markdown');
    await c.as('alex');
    c.queueOpenDirectory(dir);
    expect(await c.call('import.run', { jobId: job(), source: 'markdown-folder' })).toMatchObject({ outcome: 'imported', imported: 2 });
    const items = (await c.call('entries.list', {})).items;
    expect(items.map((e) => [e.title, e.happenedOn, e.tags])).toEqual([
      ['From another app', '2026-02-01', ['a', 'b']],
      ['New year', '2026-01-05', []],
    ]);
  });

  it('refuses a Markdown folder with an invalid entry and imports none of it', async () => {
    const dir = join(scratch, 'bad');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ok.md'), '# Fine\n\ntext');
    writeFileSync(join(dir, 'bad.md'), '---\nkind: setback\nemotions: [smug]\n---\ntext');
    await expectRefused(dir, 'markdown-folder', /bad\.md: That feeling is not in Mend/);
  });
});

void lexical;
