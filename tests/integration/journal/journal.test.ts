import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decodeSnapshot, SNAPSHOT_ID, SNAPSHOT_TYPE } from '../../../electron/core/journal/snapshot';
import { lexical, openJournal, PASSPHRASE, type JournalWorld } from './setup';

let w: JournalWorld;
beforeEach(async () => {
  w = await openJournal();
});
afterEach(async () => {
  await w.cleanup();
});

const setback = (over: Record<string, unknown> = {}) => ({
  kind: 'setback' as const,
  title: 'The missed call',
  body: lexical('You were not there when I called after the appointment.', 'I felt invisible and afraid.'),
  mood: 2,
  intensity: 7,
  emotions: ['hurt', 'anxious'],
  tags: ['phone', 'trust'],
  happenedOn: '2026-06-14',
  ...over,
});

describe('entries on a real vault', () => {
  it('creates, reads back and lists an entry with every field', async () => {
    const created = await w.call('entries.create', setback());
    expect(created).toMatchObject({
      kind: 'setback',
      title: 'The missed call',
      mood: 2,
      intensity: 7,
      emotions: ['hurt', 'anxious'],
      tags: ['phone', 'trust'],
      happenedOn: '2026-06-14',
      trashedAt: null,
      sharedAt: null,
      rev: 1,
    });
    expect(created.wordCount).toBe(15);
    expect(created.excerpt).toContain('You were not there');
    const got = await w.call('entries.get', { id: created.id });
    expect(got.body).toBe(created.body);
    const list = await w.call('entries.list', {});
    expect(list.total).toBe(1);
    expect(list.items[0]!.id).toBe(created.id);
  });

  it('survives lock and unlock: everything is read back from the encrypted file', async () => {
    const created = await w.call('entries.create', setback());
    await w.call('vault.lock', {});
    await expect(w.call('entries.list', {})).rejects.toMatchObject({ code: 'locked' });
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    const got = await w.call('entries.get', { id: created.id });
    expect(got).toMatchObject({ title: 'The missed call', emotions: ['hurt', 'anxious'], body: created.body });
  });

  it('edits only the fields given and moves the revision forward', async () => {
    const e = await w.call('entries.create', setback());
    w.clock.advance(60_000);
    const edited = await w.call('entries.update', { id: e.id, baseRev: e.rev, patch: { title: 'After the call', mood: 3 } });
    expect(edited).toMatchObject({ title: 'After the call', mood: 3, intensity: 7, tags: ['phone', 'trust'], rev: 2 });
    expect(edited.updatedAt).toBeGreaterThan(e.updatedAt);
    expect(edited.body).toBe(e.body);
    // An editor holding an old revision is told, not silently overwritten.
    await expect(w.call('entries.update', { id: e.id, baseRev: 1, patch: { title: 'stale' } })).rejects.toMatchObject({ code: 'conflict' });
    expect((await w.call('entries.get', { id: e.id })).title).toBe('After the call');
  });

  it('lists newest first and combines filters', async () => {
    await w.call('entries.create', setback({ happenedOn: '2026-01-10', title: 'old' }));
    await w.call('entries.create', {
      kind: 'small-recovery',
      title: 'walk',
      body: lexical('We walked and talked calmly.'),
      mood: 4,
      emotions: ['hopeful'],
      tags: ['walk'],
      happenedOn: '2026-06-01',
    });
    await w.call('entries.create', {
      kind: 'gratitude',
      title: 'tea',
      body: lexical('Tea in bed.'),
      mood: 5,
      emotions: ['grateful'],
      tags: ['home'],
      happenedOn: '2026-06-10',
    });
    const all = await w.call('entries.list', {});
    expect(all.items.map((e) => e.title)).toEqual(['tea', 'walk', 'old']);
    const f = async (filters: object) => (await w.call('entries.list', { filters })).items.map((e) => e.title);
    expect(await f({ kinds: ['setback'] })).toEqual(['old']);
    expect(await f({ emotions: ['grateful', 'hopeful'] })).toEqual(['tea', 'walk']);
    expect(await f({ tags: ['WALK'] })).toEqual(['walk']);
    expect(await f({ moodMin: 4 })).toEqual(['tea', 'walk']);
    expect(await f({ moodMin: 4, moodMax: 4 })).toEqual(['walk']);
    expect(await f({ from: '2026-06-01', to: '2026-06-09' })).toEqual(['walk']);
    expect(await f({ sharing: 'private' })).toEqual(['tea', 'walk', 'old']);
    expect(await f({ sharing: 'shared' })).toEqual([]);
    expect(await f({ kinds: ['gratitude', 'small-recovery'], moodMax: 4 })).toEqual(['walk']);
    const paged = await w.call('entries.list', { page: { offset: 1, limit: 1 } });
    expect(paged).toMatchObject({ total: 3, items: [{ title: 'walk' }] });
  });

  it('searches with prefixes and typos, ranks, highlights and respects filters', async () => {
    await w.call('entries.create', setback());
    await w.call('entries.create', {
      kind: 'reflection',
      title: 'Trust, slowly',
      body: lexical('Rebuilding trust takes patience; I noticed I was betrayed before and still hopeful.'),
      emotions: ['hopeful'],
      happenedOn: '2026-06-12',
    });
    const typo = await w.call('entries.search', { query: 'betryed' });
    expect(typo.hits.map((h) => h.entry.title)).toEqual(['Trust, slowly']);
    const mark = typo.hits[0]!.snippet;
    expect(mark.marks.length).toBeGreaterThan(0);
    const [a, b] = mark.marks[0]!;
    expect(mark.text.slice(a, b).toLowerCase()).toBe('betrayed');
    const prefix = await w.call('entries.search', { query: 'invis' });
    expect(prefix.hits.map((h) => h.entry.title)).toEqual(['The missed call']);
    const both = await w.call('entries.search', { query: 'trust' });
    expect(both.hits.length).toBe(2);
    // The title match ranks first (titles weigh more than body text).
    expect(both.hits[0]!.entry.title).toBe('Trust, slowly');
    const filtered = await w.call('entries.search', { query: 'trust', filters: { kinds: ['setback'] } });
    expect(filtered.hits.map((h) => h.entry.title)).toEqual(['The missed call']);
  });

  it('finds and highlights words inside a Chinese entry', async () => {
    await w.call('entries.create', setback({ title: '电话', body: lexical('我们今天谈了信任的问题，我感到轻松了一点。') }));
    const r = await w.call('entries.search', { query: '信任' });
    expect(r.hits.map((h) => h.entry.title)).toEqual(['电话']);
    const [a, b] = r.hits[0]!.snippet.marks[0]!;
    expect(r.hits[0]!.snippet.text.slice(a, b)).toBe('信任');
  });

  it('falls back to typo tolerance when exact words find nothing the filters allow', async () => {
    await w.call('entries.create', setback({ title: 'Evening 9999', tags: ['other'] }));
    await w.call('entries.create', setback({ title: 'Evening 9996', tags: ['seeded'] }));
    // Spelled right, unfiltered: only the exact match.
    expect((await w.call('entries.search', { query: '9999' })).hits.map((h) => h.entry.title)).toEqual(['Evening 9999']);
    // Filtered to "seeded", the exact match is excluded, so the near one is offered.
    expect((await w.call('entries.search', { query: '9999', filters: { tags: ['seeded'] } })).hits.map((h) => h.entry.title)).toEqual([
      'Evening 9996',
    ]);
  });

  it('keeps search up to date on save and drops it on lock', async () => {
    const e = await w.call('entries.create', setback());
    await w.call('entries.update', { id: e.id, patch: { body: lexical('A new paragraph about the lighthouse.') } });
    expect((await w.call('entries.search', { query: 'lighthouse' })).hits).toHaveLength(1);
    expect((await w.call('entries.search', { query: 'invisible' })).hits).toHaveLength(0);
    await w.call('vault.lock', {});
    await expect(w.call('entries.search', { query: 'lighthouse' })).rejects.toMatchObject({ code: 'locked' });
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    expect((await w.call('entries.search', { query: 'lighthouse' })).hits).toHaveLength(1);
  });

  it('moves entries to the trash, restores them, purges them and empties the trash after 30 days', async () => {
    const a = await w.call('entries.create', setback({ title: 'a' }));
    const b = await w.call('entries.create', setback({ title: 'b' }));
    await w.call('entries.trash', { id: a.id });
    expect((await w.call('entries.list', {})).items.map((e) => e.title)).toEqual(['b']);
    expect((await w.call('entries.list', { trash: true })).items.map((e) => e.title)).toEqual(['a']);
    expect((await w.call('entries.search', { query: 'invisible' })).hits.map((h) => h.entry.title)).toEqual(['b']);
    await w.call('entries.restore', { id: a.id });
    expect((await w.call('entries.list', {})).total).toBe(2);
    await w.call('entries.trash', { id: b.id });
    await w.call('entries.purge', { id: b.id });
    await expect(w.call('entries.get', { id: b.id })).rejects.toMatchObject({ code: 'not_found' });
    await w.call('entries.trash', { id: a.id });
    // 31 days later, the next unlock empties the trash on its own.
    await w.call('vault.lock', {});
    w.clock.advance(31 * 24 * 60 * 60 * 1000);
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    expect(await w.call('entries.facets', {})).toMatchObject({ total: 0, trashed: 0 });
    const db = w.core.vaults.requireSession().db;
    const rows = db.prepare("SELECT count(*) AS n FROM records WHERE type IN ('entry', 'entry-body')").get() as { n: number };
    expect(rows.n).toBe(0);
    // The encrypted metadata snapshot forgot them too.
    await w.call('vault.lock', {});
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    const snap = w.core.vaults.requireSession().store.get<unknown>(SNAPSHOT_TYPE, SNAPSHOT_ID);
    expect(decodeSnapshot(snap?.value)?.entries).toEqual([]);
  });

  it('empties the trash on demand', async () => {
    const a = await w.call('entries.create', setback());
    await w.call('entries.trash', { id: a.id });
    expect(await w.call('entries.emptyTrash', {})).toEqual({ purged: 1 });
    expect(await w.call('entries.facets', {})).toMatchObject({ total: 0, trashed: 0 });
  });

  it('counts tags for the filter list', async () => {
    await w.call('entries.create', setback({ tags: ['trust', 'phone'] }));
    await w.call('entries.create', setback({ tags: ['Trust'] }));
    const facets = await w.call('entries.facets', {});
    expect(facets.tags[0]).toEqual({ tag: 'trust', count: 2 });
  });

  it('reports a damaged entry text and keeps reading the others', async () => {
    const a = await w.call('entries.create', setback({ title: 'a' }));
    const b = await w.call('entries.create', setback({ title: 'b' }));
    const db = w.core.vaults.requireSession().db;
    const row = db.prepare('SELECT envelope FROM records WHERE id = ?').get(`body:${a.id}`) as { envelope: Buffer };
    row.envelope[40] = row.envelope[40]! ^ 0xff;
    db.prepare('UPDATE records SET envelope = ? WHERE id = ?').run(row.envelope, `body:${a.id}`);
    await w.call('vault.lock', {});
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    expect((await w.call('entries.list', {})).total).toBe(2);
    await expect(w.call('entries.get', { id: a.id })).rejects.toMatchObject({
      code: 'damaged',
      message: expect.stringMatching(/other entries are fine/),
    });
    expect((await w.call('entries.get', { id: b.id })).title).toBe('b');
    // Still searchable by its title only; its text is gone from the index, nothing crashes.
    expect((await w.call('entries.search', { query: 'invisible' })).hits.map((h) => h.entry.title)).toEqual(['b']);
    // Found by its title, the damaged entry is listed with its title as the passage.
    const byTitle = await w.call('entries.search', { query: 'a' });
    expect(byTitle.hits.map((h) => [h.entry.title, h.snippet.text])).toEqual([['a', 'a']]);
  });

  it('reports damaged entry metadata when no intact copy exists, and keeps reading the others', async () => {
    const a = await w.call('entries.create', setback({ title: 'a' }));
    await w.call('entries.create', setback({ title: 'b' }));
    await w.call('vault.lock', {});
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    const db = w.core.vaults.requireSession().db;
    const row = db.prepare('SELECT envelope FROM records WHERE id = ?').get(a.id) as { envelope: Buffer };
    row.envelope[40] = row.envelope[40]! ^ 0xff;
    db.prepare('UPDATE records SET envelope = ? WHERE id = ?').run(row.envelope, a.id);
    // Without the snapshot, the damaged record is all there is.
    db.prepare("DELETE FROM records WHERE type = 'entry-index'").run();
    await w.core.vaults.requireSession().db.pragma('wal_checkpoint(TRUNCATE)');
    w.core.vaults.lock('manual');
    await w.call('vault.unlock', { vaultId: w.vaultId, passphrase: PASSPHRASE });
    const list = await w.call('entries.list', {});
    expect(list.items.map((e) => e.title)).toEqual(['b']);
    expect(list.damaged).toEqual([{ id: a.id, damaged: true }]);
    await expect(w.call('entries.get', { id: a.id })).rejects.toMatchObject({ code: 'damaged' });
  });
});

describe('bad input is refused and changes nothing', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['an unknown emotion', { emotions: ['smug'] }],
    ['an impossible date', { happenedOn: '2026-02-30' }],
    ['a malformed editor state', { body: '{"root":{"type":"paragraph"}}' }],
    ['editor state that is not JSON', { body: 'not json' }],
    ['an over-long entry', { body: lexical('x'.repeat(1_000_001)) }],
    ['a mood off the scale', { mood: 6 }],
    ['an unknown kind', { kind: 'rant' }],
    ['an extra field', { secret: 1 }],
  ];
  for (const [what, over] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await w.call('entries.facets', {});
      const r = await w.raw('entries.create', setback(over));
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.error.code).toBe('invalid_input');
        expect(r.error.message.length).toBeGreaterThan(5);
      }
      expect(await w.call('entries.facets', {})).toEqual(before);
    });
  }

  it('refuses a bad edit and leaves the entry as it was', async () => {
    const e = await w.call('entries.create', setback());
    const r = await w.raw('entries.update', { id: e.id, patch: { emotions: ['hurt', 'smug'] } });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await w.call('entries.get', { id: e.id })).toEqual(e);
  });

  it('refuses filters that cannot hold', async () => {
    expect(await w.raw('entries.list', { filters: { moodMin: 4, moodMax: 2 } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await w.raw('entries.list', { filters: { from: '2026-05-01', to: '2026-04-01' } })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
  });
});
