/**
 * Saves never pay for a WAL checkpoint: SQLite's automatic one (inside whichever commit crosses
 * 1,000 WAL pages) is off, and the session folds the WAL into the main file shortly after writes.
 */
import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { makeCore, ok, PASS_A, type CoreHarness } from '../helpers/core';

let h: CoreHarness;
afterEach(async () => {
  await h.cleanup();
});

const body = (i: number) =>
  JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text: `Entry ${i}: ${'a quiet evening walk '.repeat(60)}` }] }],
    },
  });

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
});
