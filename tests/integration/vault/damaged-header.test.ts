/**
 * A vault file whose header is damaged or missing: a clear vault_unreadable pointing at backups,
 * never a crash, never a change to the file, and the vault still listed (as unreadable).
 */
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { cloneDataDir, createLockedVault, fails, makeCore, ok, PASS_A, PASS_B, removeDir, type CoreHarness } from '../helpers/core';

let template: CoreHarness;
let h: CoreHarness;
let victim: { vaultId: string; recoveryKey: string };
let healthy: { vaultId: string; recoveryKey: string };

// Two vaults made once; every test damages its own copy of the folder.
beforeAll(async () => {
  template = await makeCore();
  victim = await createLockedVault(template.core, 'Victim', PASS_A);
  healthy = await createLockedVault(template.core, 'Healthy', PASS_B);
  await template.core.close();
});
afterAll(async () => {
  await template.cleanup();
});
beforeEach(async () => {
  h = await makeCore({ dataDir: cloneDataDir(template.dataDir) });
});
afterEach(async () => {
  await h.cleanup();
  removeDir(join(h.dataDir, '..'));
});

const file = () => vaultPath(h.dataDir, victim.vaultId);
const sha = () => createHash('sha256').update(readFileSync(file())).digest('hex');

function sql(statement: string): void {
  const db = new Database(file());
  try {
    db.exec(statement);
  } finally {
    db.close();
  }
}

const damages: [string, () => void][] = [
  ['the header row deleted', () => sql('DELETE FROM vault_header')],
  ['the header table dropped', () => sql('DROP TABLE vault_header')],
  ['garbage kdf JSON', () => sql(`UPDATE vault_header SET kdf = '{"alg": "argon2id13", "opslimit": '`)],
  ['a kdf asking for absurd memory', () => sql(`UPDATE vault_header SET kdf = json_set(kdf, '$.memlimit', 68719476736)`)],
  ['a kdf with another algorithm', () => sql(`UPDATE vault_header SET kdf = json_set(kdf, '$.alg', 'scrypt')`)],
  ['an unknown header format', () => sql('UPDATE vault_header SET format = 99')],
  ['the file truncated to 100 bytes', () => truncateSync(file(), 100)],
  ['the file truncated to 0 bytes', () => truncateSync(file(), 0)],
  ['the file replaced with random bytes', () => writeFileSync(file(), randomBytes(16384))],
  [
    'the file replaced with random bytes after a valid SQLite magic',
    () => writeFileSync(file(), Buffer.concat([Buffer.from('SQLite format 3\0'), randomBytes(8192)])),
  ],
  [
    'the first page zeroed',
    () => {
      const bytes = readFileSync(file());
      bytes.fill(0, 0, 4096);
      writeFileSync(file(), bytes);
    },
  ],
];

describe('damaged or missing header', () => {
  it.each(damages)('%s → vault_unreadable, with a way to restore a backup; the file is left as it was', async (_, damage) => {
    damage();
    const before = sha();

    const e = await fails(h.core, 'vault.unlock', { vaultId: victim.vaultId, passphrase: PASS_A });
    expect(e.code).toBe('vault_unreadable');
    expect(e.message).toMatch(/backup/i);
    const r = await fails(h.core, 'vault.unlockWithRecoveryKey', { vaultId: victim.vaultId, recoveryKey: victim.recoveryKey });
    expect(r.code).toBe('vault_unreadable');
    expect((await ok(h.core, 'vault.status', {})).state).toBe('locked');

    const { vaults } = await ok(h.core, 'vault.list', {});
    expect(vaults).toContainEqual({ id: victim.vaultId, label: expect.any(String), problem: 'unreadable' });
    expect(vaults).toContainEqual({ id: healthy.vaultId, label: 'Healthy', problem: null });

    // Nothing was written into the damaged file (a person may still want to rescue it).
    expect(sha()).toBe(before);
    // No internal error, no crash; the other vault is unaffected.
    expect(h.unexpected).toEqual([]);
    expect(await ok(h.core, 'vault.unlock', { vaultId: healthy.vaultId, passphrase: PASS_B })).toMatchObject({ state: 'unlocked' });
  });

  it('a damaged passphrase slot reads as a wrong passphrase, and the recovery key still opens the vault', async () => {
    sql('UPDATE vault_header SET passphrase_slot = zeroblob(length(passphrase_slot))');
    expect((await fails(h.core, 'vault.unlock', { vaultId: victim.vaultId, passphrase: PASS_A })).code).toBe('wrong_passphrase');
    expect(await ok(h.core, 'vault.unlockWithRecoveryKey', { vaultId: victim.vaultId, recoveryKey: victim.recoveryKey })).toMatchObject({
      needsNewPassphrase: true,
    });
    await ok(h.core, 'vault.setNewPassphrase', { passphrase: 'fresh mango kayak thistle 88' });
    await ok(h.core, 'vault.lock', {});
    expect(await ok(h.core, 'vault.unlock', { vaultId: victim.vaultId, passphrase: 'fresh mango kayak thistle 88' })).toMatchObject({
      state: 'unlocked',
    });
  });

  it('a file written by a newer Mend is refused without being changed', async () => {
    sql('PRAGMA user_version = 99');
    const before = sha();
    const e = await fails(h.core, 'vault.unlock', { vaultId: victim.vaultId, passphrase: PASS_A });
    expect(e.code).toBe('vault_unreadable');
    expect(e.message).toMatch(/newer version of Mend/);
    expect(sha()).toBe(before);
    const db = new Database(file(), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(99);
    db.close();
  });

  it('a vault file that vanished is not_found, and is not recreated', async () => {
    const path = file();
    const { rmSync, existsSync } = await import('node:fs');
    rmSync(path);
    expect((await fails(h.core, 'vault.unlock', { vaultId: victim.vaultId, passphrase: PASS_A })).code).toBe('not_found');
    expect(existsSync(path)).toBe(false);
  });
});
