/**
 * The encrypted record store on a real vault file: what is written, what the file shows, and how
 * damage is reported (one damaged record never hides the others).
 */
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DamagedRecordError } from '../../../electron/core/crypto/envelope';
import { isDamaged, type RecordStore } from '../../../electron/core/records/store';
import { vaultPath } from '../../../electron/core/vault/paths';
import { cloneDataDir, createLockedVault, fails, makeCore, ok, PASS_A, removeDir, type CoreHarness } from '../helpers/core';

let template: CoreHarness;
let h: CoreHarness;
let vaultId: string;

// One vault made once; every test gets its own copy of the folder, unlocked.
beforeAll(async () => {
  template = await makeCore();
  ({ vaultId } = await createLockedVault(template.core));
  await template.core.close();
});
afterAll(async () => {
  await template.cleanup();
});
beforeEach(async () => {
  h = await makeCore({ dataDir: cloneDataDir(template.dataDir) });
  await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
});
afterEach(async () => {
  await h.cleanup();
  removeDir(join(h.dataDir, '..'));
});

const store = (): RecordStore => h.core.vaults.requireSession().store;

/** Changes the file behind the core's back, as damage on disk would. */
function tamper(sql: string, ...params: unknown[]): void {
  const db = new Database(vaultPath(h.dataDir, vaultId));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

async function relock(): Promise<void> {
  await ok(h.core, 'vault.lock', {});
  await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
}

describe('record store', () => {
  it('put / get / list / delete, with revisions counting up', async () => {
    expect(store().put('note', 'n1', { text: 'first', n: 1 })).toBe(1);
    expect(store().put('note', 'n2', { text: 'second', tags: ['a', 'b'] })).toBe(1);
    expect(store().put('note', 'n1', { text: 'first, edited', n: 2 })).toBe(2);
    expect(store().put('note', 'n1', { text: 'first, edited again', n: 3 })).toBe(3);
    expect(store().put('other', 'o1', 'just a string')).toBe(1);

    expect(store().get('note', 'n1')).toEqual({ id: 'n1', rev: 3, value: { text: 'first, edited again', n: 3 } });
    expect(store().get('note', 'missing')).toBeNull();
    // A record is only found under its own type.
    expect(store().get('other', 'n1')).toBeNull();
    expect(store().count('note')).toBe(2);

    await relock();
    const listed = store()
      .list<{ text: string }>('note')
      .sort((a, b) => a.id.localeCompare(b.id));
    expect(listed).toEqual([
      { id: 'n1', rev: 3, value: { text: 'first, edited again', n: 3 } },
      { id: 'n2', rev: 1, value: { text: 'second', tags: ['a', 'b'] } },
    ]);
    expect(store().get('other', 'o1')?.value).toBe('just a string');

    expect(store().delete('n2')).toBe(true);
    expect(store().delete('n2')).toBe(false);
    expect(
      store()
        .list('note')
        .map((r) => r.id),
    ).toEqual(['n1']);
    // A deleted id starts again at revision 1.
    expect(store().put('note', 'n2', { text: 'again' })).toBe(1);
  });

  it('refuses to reuse an id for another type', () => {
    store().put('note', 'same', { a: 1 });
    expect(() => store().put('settings', 'same', { a: 2 })).toThrow(/another type/);
    expect(store().get('note', 'same')?.value).toEqual({ a: 1 });
  });

  it('transaction: all of its puts land, or none', () => {
    expect(() =>
      store().transaction(() => {
        store().put('note', 't1', { x: 1 });
        store().put('note', 't2', { x: 2 });
        throw new Error('halfway');
      }),
    ).toThrow('halfway');
    expect(store().count('note')).toBe(0);
    store().transaction(() => {
      store().put('note', 't1', { x: 1 });
      store().put('note', 't2', { x: 2 });
    });
    expect(store().count('note')).toBe(2);
  });

  it('the table shows only id, type, revision and an envelope of rough size', async () => {
    store().put('note', 'n1', { text: 'Something private about Tuesday' });
    await ok(h.core, 'vault.lock', {});
    const db = new Database(vaultPath(h.dataDir, vaultId), { readonly: true });
    const cols = (db.prepare('PRAGMA table_info(records)').all() as { name: string }[]).map((c) => c.name);
    const row = db.prepare("SELECT * FROM records WHERE id = 'n1'").get() as { envelope: Buffer };
    db.close();
    expect(cols).toEqual(['id', 'type', 'rev', 'envelope']);
    expect(row.envelope.includes('Tuesday')).toBe(false);
    expect(row.envelope.length).toBe(1 + 24 + 256 + 16);
  });

  it('a damaged record (one flipped byte on disk) is reported as damaged; the others still read', async () => {
    for (let i = 1; i <= 5; i++) store().put('note', `n${i}`, { text: `note ${i}` });
    await ok(h.core, 'vault.lock', {});
    // Flip one bit in the middle of n3's ciphertext, directly in SQLite.
    const db = new Database(vaultPath(h.dataDir, vaultId));
    const env = (db.prepare("SELECT envelope FROM records WHERE id = 'n3'").get() as { envelope: Buffer }).envelope;
    expect(env.length).toBe(297);
    env[100]! ^= 0x01;
    db.prepare("UPDATE records SET envelope = ? WHERE id = 'n3'").run(env);
    db.close();
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });

    const listed = store().list<{ text: string }>('note');
    expect(listed).toHaveLength(5);
    const damaged = listed.filter(isDamaged);
    expect(damaged).toEqual([{ id: 'n3', type: 'note', damaged: true }]);
    expect(
      listed
        .filter((r) => !isDamaged(r))
        .map((r) => (isDamaged(r) ? null : r.value.text))
        .sort(),
    ).toEqual(['note 1', 'note 2', 'note 4', 'note 5']);
    expect(() => store().get('note', 'n3')).toThrow(DamagedRecordError);
    expect(store().get('note', 'n4')?.value).toEqual({ text: 'note 4' });
    // Writing it again repairs it.
    expect(store().put('note', 'n3', { text: 'note 3, rewritten' })).toBe(2);
    expect(store().get('note', 'n3')?.value).toEqual({ text: 'note 3, rewritten' });
  });

  it('flipping bytes at several places is always detected', async () => {
    store().put('note', 'victim', { text: 'x'.repeat(300) });
    store().put('note', 'bystander', { text: 'fine' });
    await ok(h.core, 'vault.lock', {});
    const db = new Database(vaultPath(h.dataDir, vaultId));
    const original = (db.prepare("SELECT envelope FROM records WHERE id = 'victim'").get() as { envelope: Buffer }).envelope;
    db.close();
    for (const pos of [0, 1, 24, 25, 200, original.length - 17, original.length - 1]) {
      const bad = Buffer.from(original);
      bad[pos]! ^= 0x40;
      tamper("UPDATE records SET envelope = ? WHERE id = 'victim'", bad);
      await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
      const listed = store().list('note');
      expect(
        listed.filter(isDamaged).map((r) => r.id),
        `byte ${pos}`,
      ).toEqual(['victim']);
      expect(store().get('note', 'bystander')?.value).toEqual({ text: 'fine' });
      await ok(h.core, 'vault.lock', {});
    }
  });

  it('a row whose id was rewritten on disk is reported as damaged, not as a crash of the whole list', async () => {
    store().put('note', 'a', { text: 'a' });
    store().put('note', 'b', { text: 'b' });
    await ok(h.core, 'vault.lock', {});
    tamper("UPDATE records SET id = 'a|note' WHERE id = 'a'");
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const listed = store().list<{ text: string }>('note');
    expect(listed.filter(isDamaged).map((r) => r.id)).toEqual(['a|note']);
    expect(store().get('note', 'b')?.value).toEqual({ text: 'b' });
  });

  it("a row's envelope copied into another row is reported as damaged", async () => {
    store().put('note', 'a', { text: 'the real a' });
    store().put('note', 'b', { text: 'the real b' });
    await ok(h.core, 'vault.lock', {});
    tamper("UPDATE records SET envelope = (SELECT envelope FROM records WHERE id = 'a') WHERE id = 'b'");
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const listed = store().list<{ text: string }>('note');
    expect(listed.filter(isDamaged).map((r) => r.id)).toEqual(['b']);
    expect(store().get('note', 'a')?.value).toEqual({ text: 'the real a' });
  });

  it('an old revision put back over a newer one, or a row relabelled with another type, is damaged', async () => {
    store().put('note', 'r', { text: 'rev 1' });
    await ok(h.core, 'vault.lock', {});
    const db = new Database(vaultPath(h.dataDir, vaultId));
    const rev1 = (db.prepare("SELECT envelope FROM records WHERE id = 'r'").get() as { envelope: Buffer }).envelope;
    db.close();
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    store().put('note', 'r', { text: 'rev 2' });
    await ok(h.core, 'vault.lock', {});

    tamper("UPDATE records SET envelope = ? WHERE id = 'r'", rev1);
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect(() => store().get('note', 'r')).toThrow(DamagedRecordError);
    await ok(h.core, 'vault.lock', {});

    tamper("UPDATE records SET type = 'entry', rev = 1 WHERE id = 'r'");
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect(
      store()
        .list('entry')
        .filter(isDamaged)
        .map((r) => r.id),
    ).toEqual(['r']);
  });

  it('a damaged settings record is reported as damaged and can be repaired by saving settings', async () => {
    await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 20 });
    await ok(h.core, 'vault.lock', {});
    tamper("UPDATE records SET envelope = zeroblob(297) WHERE id = 'settings'");
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const e = await fails(h.core, 'vault.getSettings', {});
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/damaged/);
    expect((await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 15 })).idleLockMinutes).toBe(15);
    expect((await ok(h.core, 'vault.getSettings', {})).idleLockMinutes).toBe(15);
    expect(h.unexpected).toEqual([]);
  });

  it('after lock the store refuses to work instead of reporting records as damaged', async () => {
    store().put('note', 'n1', { text: 'x' });
    const held = store();
    await ok(h.core, 'vault.lock', {});
    expect(() => held.list('note')).toThrow();
    expect(() => held.get('note', 'n1')).toThrow();
    expect(() => held.put('note', 'n2', {})).toThrow();
  });
});
