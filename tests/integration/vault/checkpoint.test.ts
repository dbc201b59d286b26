/**
 * Saves never pay for a WAL checkpoint: SQLite's automatic one (inside whichever commit crosses
 * 1,000 WAL pages) is off, and the session folds the WAL into the main file between saves: a
 * second after writes, or on the next turn after 100 records.
 */
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { lexical } from '../../support/lexical';
import { makeCore, ok, PASS_A, type CoreHarness } from '../helpers/core';

let h: CoreHarness;
afterEach(async () => {
  await h.cleanup();
});

const body = (i: number) => lexical(`Entry ${i}: ${'a quiet evening walk '.repeat(60)}`);

describe('WAL checkpoints', () => {
  it('happen shortly after writes, not inside them', async () => {
    h = await makeCore();
    const { vaultId } = await ok(h.core, 'vault.create', { label: 'Mine', passphrase: PASS_A });
    const db = h.core.vaults.requireSession().db;
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await new Promise((r) => setTimeout(r, 1200));
    const file = vaultPath(h.dataDir, vaultId);
    const before = statSync(file).size;
    for (let i = 0; i < 60; i++) {
      await ok(h.core, 'entries.create', { kind: 'feeling', title: `t${i}`, body: body(i), happenedOn: '2026-06-01' });
    }
    // Written: in the WAL only, so the main file has not grown yet.
    expect(statSync(file).size).toBe(before);
    await new Promise((r) => setTimeout(r, 1200));
    expect(statSync(file).size).toBeGreaterThan(before);
    // Nothing left to copy.
    const r = db.pragma('wal_checkpoint(PASSIVE)') as { log: number; checkpointed: number }[];
    expect(r[0]!.log).toBe(r[0]!.checkpointed);
  });

  it('happen on the next turn once 100 records were written, so a burst of saves keeps the WAL small', async () => {
    h = await makeCore();
    const { vaultId } = await ok(h.core, 'vault.create', { label: 'Mine', passphrase: PASS_A });
    await new Promise((r) => setTimeout(r, 1200));
    const file = vaultPath(h.dataDir, vaultId);
    const before = statSync(file).size;
    // 49 entries are 98 records: not yet.
    for (let i = 0; i < 49; i++) {
      await ok(h.core, 'entries.create', { kind: 'feeling', title: `t${i}`, body: body(i), happenedOn: '2026-06-01' });
    }
    await new Promise((r) => setImmediate(r));
    expect(statSync(file).size).toBe(before);
    await ok(h.core, 'entries.create', { kind: 'feeling', title: 'fifty', body: body(50), happenedOn: '2026-06-01' });
    // The save has answered; the checkpoint runs on the next turn, well before the 1 s timer.
    expect(statSync(file).size).toBe(before);
    await new Promise((r) => setImmediate(r));
    expect(statSync(file).size).toBeGreaterThan(before);
  });
});
