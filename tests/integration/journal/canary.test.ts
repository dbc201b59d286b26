import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { lexical, openJournal } from './setup';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

function encodings(marker: string): Buffer[] {
  return [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le'), Buffer.from(marker, 'utf16le').swap16()];
}

it('leaves no entry title, text, tag or search term in any file after lock', async () => {
  const w = await openJournal();
  const marker = `CANARY${Math.random().toString(36).slice(2, 10).toUpperCase()}`;
  const e = await w.call('entries.create', {
    kind: 'setback',
    title: `title ${marker}`,
    body: lexical(`body ${marker} and more`, `second ${marker}`),
    tags: [`tag${marker}`],
    emotions: ['hurt'],
    happenedOn: '2026-06-14',
  });
  await w.call('entries.update', { id: e.id, patch: { title: `edited ${marker}` } });
  // Build and use the search index, so a leak from it would show too.
  expect((await w.call('entries.search', { query: marker.toLowerCase() })).hits).toHaveLength(1);
  await w.call('entries.trash', { id: e.id });
  await w.call('vault.lock', {});
  await w.core.close();

  const files = filesUnder(w.dataDir);
  expect(files.length).toBeGreaterThan(0);
  let bytes = 0;
  for (const f of files) {
    const data = readFileSync(f);
    bytes += data.length;
    for (const needle of encodings(marker)) expect(data.includes(needle), `${marker} found in ${f}`).toBe(false);
    // Case-folded too: the search index lowercases terms.
    for (const needle of encodings(marker.toLowerCase())) expect(data.includes(needle), `lowercase marker found in ${f}`).toBe(false);
  }
  // The scanner works: the label is plaintext by design and must be found.
  expect(files.some((f) => readFileSync(f).includes(Buffer.from('Sam')))).toBe(true);
  expect(bytes).toBeGreaterThan(4096);
  await w.cleanup();
});
