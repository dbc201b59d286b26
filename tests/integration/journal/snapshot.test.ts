/**
 * The metadata snapshot leaves excerpts out (they load a page at a time): every place that shows
 * an entry must still show its excerpt after an unlock, before and after the search index has
 * loaded, and writes made from a summary without its excerpt must not erase the stored one.
 */
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_ID, SNAPSHOT_TYPE } from '../../../electron/core/journal/snapshot';
import type { EntrySummary } from '../../../shared/domain/entry';
import { lexical, openJournal, PASSPHRASE, type JournalWorld } from './setup';

let w: JournalWorld;
beforeEach(async () => {
  w = await openJournal();
});
afterEach(async () => {
  await w.cleanup();
});

const draft = (title: string, text: string, happenedOn = '2026-06-14') => ({
  kind: 'feeling' as const,
  title,
  body: lexical(text),
  emotions: ['hopeful'],
  tags: ['evening'],
  happenedOn,
});

async function relock(): Promise<void> {
  await w.call('vault.lock', {});
  await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
}

describe('the metadata snapshot', () => {
  it('is columnar, newest first, without excerpts, and decodes back to the same summaries', async () => {
    await w.call('entries.create', draft('older', 'An older evening walk.', '2026-06-01'));
    await w.call('entries.create', draft('newer', 'A newer morning coffee.', '2026-06-10'));
    await relock();
    const stored = w.core.vaults.requireSession().store.get<Record<string, unknown>>(SNAPSHOT_TYPE, SNAPSHOT_ID)!.value;
    expect(stored).toMatchObject({ v: 2, title: ['newer', 'older'] });
    expect(stored).not.toHaveProperty('excerpt');
    expect(JSON.stringify(stored)).not.toContain('coffee');
    const decoded = decodeSnapshot(stored)!;
    expect(decoded.withExcerpts).toBe(false);
    const listed = (await w.call('entries.list', {})).items;
    expect(decoded.entries).toEqual(listed.map((e) => ({ ...e, excerpt: '' })));
  });

  it('still reads a v1 snapshot (an array of summaries, excerpts included), and refuses other shapes', () => {
    const e: EntrySummary = {
      id: 'a'.repeat(26),
      rev: 3,
      kind: 'gratitude',
      title: 't',
      excerpt: 'x',
      mood: null,
      intensity: 4,
      emotions: [],
      tags: ['a'],
      happenedOn: '2026-01-01',
      createdAt: 1,
      updatedAt: 2,
      wordCount: 1,
      trashedAt: null,
      sharedAt: 5,
    };
    expect(decodeSnapshot({ v: 1, entries: [e] })).toEqual({ entries: [e], withExcerpts: true });
    const { excerpt: _x, ...rest } = e;
    expect(decodeSnapshot(encodeSnapshot([e]))).toEqual({ entries: [{ ...rest, excerpt: '' }], withExcerpts: false });
    for (const bad of [null, 7, 'x', {}, { v: 3 }, { v: 1, entries: 'no' }, { ...encodeSnapshot([e]), tags: [] }, { ...encodeSnapshot([e]), id: 'a' }]) {
      expect(decodeSnapshot(bad)).toBeNull();
    }
  });

  it('shows excerpts after an unlock in the timeline, search, trash and progress, before and after indexing', async () => {
    const a = await w.call('entries.create', draft('walk', 'We walked by the river and it felt calm.'));
    const b = await w.call('entries.create', draft('call', 'The phone call was late again.', '2026-05-15'));
    await relock();
    // Straight after unlock (index not built yet): from each entry's own record.
    const first = await w.call('entries.list', {});
    expect(first.items.map((e) => e.excerpt)).toEqual([a.excerpt, b.excerpt]);
    expect(a.excerpt).toContain('river');
    await w.core.journal.indexReady();
    expect((await w.call('entries.search', { query: 'river' })).hits[0]!.entry.excerpt).toBe(a.excerpt);
    expect((await w.call('progress.onThisDay', { today: '2026-06-15' })).items.flatMap((i) => i.entries.map((e) => e.excerpt))).toEqual([
      b.excerpt,
    ]);
    expect((await w.call('entries.get', { id: b.id })).excerpt).toBe(b.excerpt);
  });

  it('is rewritten once 250 different entries have changed, not after 250 saves of one entry', async () => {
    const store = () => w.core.vaults.requireSession().store;
    const snapshotRev = () => store().get<unknown>(SNAPSHOT_TYPE, SNAPSHOT_ID)!.rev;
    const turn = () => new Promise((r) => setImmediate(r));
    await w.core.journal.importMany(
      Array.from({ length: 260 }, (_, i) => ({ draft: { ...draft(`e${i}`, `Entry number ${i}.`), mood: null, intensity: null } })),
      async () => {},
    );
    const start = snapshotRev();
    const ids = (await w.call('entries.list', { page: { offset: 0, limit: 260 } })).items.map((e) => e.id);
    // A long writing session: one entry autosaved 300 times.
    for (let i = 0; i < 300; i++) await w.call('entries.update', { id: ids[0]!, patch: { title: `draft ${i}` } });
    await turn();
    expect(snapshotRev()).toBe(start);
    // 249 more different entries: 250 stale, so it is rewritten just after the save that made it so.
    for (const id of ids.slice(1, 250)) await w.call('entries.update', { id, patch: { mood: 4 } });
    expect(snapshotRev()).toBe(start);
    await turn();
    expect(snapshotRev()).toBe(start + 1);
    // And the rewritten snapshot has the latest of everything: nothing is read per entry at unlock.
    const decoded = decodeSnapshot(store().get<unknown>(SNAPSHOT_TYPE, SNAPSHOT_ID)!.value)!;
    expect(decoded.entries.find((e) => e.id === ids[0])!.title).toBe('draft 299');
  });

  it('behind the entries (a crash before it was rewritten), it costs speed, never the latest words', async () => {
    const a = await w.call('entries.create', draft('before', 'The first version.'));
    await w.call('entries.create', draft('other', 'Something else.'));
    await relock();
    // The snapshot as it was, then an edit and a new entry it has never seen.
    const old = w.core.vaults.requireSession().db.prepare('SELECT rev, envelope FROM records WHERE id = ?').get(SNAPSHOT_ID) as {
      rev: number;
      envelope: Buffer;
    };
    await w.call('entries.update', { id: a.id, patch: { title: 'after', body: lexical('The second version.') } });
    await w.call('entries.create', draft('new', 'Written after the snapshot.'));
    await w.call('vault.lock', {});
    // As if the app died before rewriting it: put the old snapshot back.
    const db = new Database(vaultPath(w.dataDir, w.vaultId));
    db.prepare('UPDATE records SET rev = ?, envelope = ? WHERE id = ?').run(old.rev, old.envelope, SNAPSHOT_ID);
    db.close();
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    const items = (await w.call('entries.list', {})).items;
    expect(items.map((e) => e.title).sort()).toEqual(['after', 'new', 'other']);
    expect(items.find((e) => e.id === a.id)!.excerpt).toBe('The second version.');
  });

  it('keeps the stored excerpt when an entry is trashed, restored or shared straight after unlock', async () => {
    const a = await w.call('entries.create', draft('walk', 'We walked by the river and it felt calm.'));
    await relock();
    // Trashing works from the summary; its excerpt is not in memory yet.
    expect((await w.call('entries.trash', { id: a.id })).excerpt).toBe(a.excerpt);
    await relock();
    expect((await w.call('entries.list', { trash: true })).items[0]!.excerpt).toBe(a.excerpt);
    await relock();
    expect((await w.call('entries.restore', { id: a.id })).excerpt).toBe(a.excerpt);
    await relock();
    w.core.journal.markShared([a.id], 1);
    await relock();
    // Straight from the record, bypassing every cache.
    const record = w.core.vaults.requireSession().store.get<{ excerpt: string; sharedAt: number }>('entry', a.id)!.value;
    expect(record).toMatchObject({ excerpt: a.excerpt, sharedAt: 1 });
  });
});
