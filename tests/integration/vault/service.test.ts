/**
 * The vault service through dispatch (the door IPC and HTTP use), on real files.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_KDF_COST, TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { vaultPath } from '../../../electron/core/vault/paths';
import { ManualClock } from '../../../electron/core/ports';
import { createLockedVault, fails, makeCore, makeTempDir, ok, PASS_A, PASS_B, PASS_C, removeDir, type CoreHarness } from '../helpers/core';

const harnesses: CoreHarness[] = [];
const dirs: string[] = [];
async function harness(...args: Parameters<typeof makeCore>): Promise<CoreHarness> {
  const h = await makeCore(...args);
  harnesses.push(h);
  return h;
}
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.cleanup();
  for (const d of dirs.splice(0)) removeDir(d);
});

function headerRow(
  dataDir: string,
  vaultId: string,
): { kdf: string; failed_unlocks: number; last_failed_at: number | null; label: string } {
  const db = new Database(vaultPath(dataDir, vaultId), { readonly: true });
  try {
    return db.prepare('SELECT kdf, failed_unlocks, last_failed_at, label FROM vault_header').get() as never;
  } finally {
    db.close();
  }
}

describe('create', () => {
  it('creates an unlocked vault, returns a recovery key in 8 groups of 4, and lists it by label', async () => {
    const { core, dataDir } = await harness();
    expect(await ok(core, 'app.info', {})).toMatchObject({ dataDir: { state: 'fresh', vaultCount: 0 } });

    const { vaultId, recoveryKey } = await ok(core, 'vault.create', { label: '  Sam’s journal ', passphrase: PASS_A });
    expect(vaultId).toMatch(/^[a-z2-7]{26}$/);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(await ok(core, 'vault.status', {})).toEqual({ state: 'unlocked', vaultId, label: 'Sam’s journal', needsNewPassphrase: false });
    expect(await ok(core, 'vault.list', {})).toEqual({ vaults: [{ id: vaultId, label: 'Sam’s journal', problem: null }] });

    expect(existsSync(join(dataDir, 'vaults', `${vaultId}.mend`))).toBe(true);
    expect(readdirSync(join(dataDir, 'vaults')).filter((f) => f.includes('.creating-'))).toEqual([]);
    expect(await ok(core, 'app.info', {})).toMatchObject({ dataDir: { state: 'ready', vaultCount: 1 } });

    // Listed by label while locked too.
    await ok(core, 'vault.lock', {});
    expect(await ok(core, 'vault.list', {})).toEqual({ vaults: [{ id: vaultId, label: 'Sam’s journal', problem: null }] });
    expect(await ok(core, 'vault.status', {})).toEqual({ state: 'locked', lastLockReason: 'manual' });
  });

  it('refuses a weak passphrase and creates no file', async () => {
    const { core, dataDir } = await harness();
    for (const passphrase of ['password123', 'short', 'qwertyuiop12']) {
      const e = await fails(core, 'vault.create', { label: 'Sam journal', passphrase });
      expect(e.code).toBe('weak_passphrase');
      expect(e.message).toMatch(/stronger passphrase/);
    }
    expect(existsSync(join(dataDir, 'vaults'))).toBe(false);
    expect(await ok(core, 'vault.list', {})).toEqual({ vaults: [] });
  });

  it('refuses to create while another vault is open', async () => {
    const { core } = await harness();
    await ok(core, 'vault.create', { label: 'One', passphrase: PASS_A });
    expect((await fails(core, 'vault.create', { label: 'Two', passphrase: PASS_B })).code).toBe('already_unlocked');
    expect((await ok(core, 'vault.list', {})).vaults).toHaveLength(1);
  });

  it('stores the Argon2id cost in the header: the default cost unless told otherwise', async () => {
    const real = await harness({ kdfCost: 'default' });
    const { vaultId } = await createLockedVault(real.core, 'Default cost');
    const kdf = JSON.parse(headerRow(real.dataDir, vaultId).kdf) as Record<string, unknown>;
    expect(kdf).toMatchObject({ alg: 'argon2id13', opslimit: DEFAULT_KDF_COST.opslimit, memlimit: DEFAULT_KDF_COST.memlimit });
    expect(kdf.salt).toMatch(/^[A-Za-z0-9+/]{22}==$/);

    const cheap = await harness();
    const other = await createLockedVault(cheap.core, 'Test cost');
    expect(JSON.parse(headerRow(cheap.dataDir, other.vaultId).kdf)).toMatchObject({
      opslimit: TEST_KDF_COST.opslimit,
      memlimit: TEST_KDF_COST.memlimit,
    });
  });
});

describe('unlock, lock and throttling', () => {
  it('unlocks with the passphrase and locks again', async () => {
    const { core, events } = await harness();
    const { vaultId } = await createLockedVault(core);
    expect(await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({ state: 'unlocked', vaultId });
    expect((await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).code).toBe('already_unlocked');
    expect(await ok(core, 'vault.lock', {})).toEqual({ state: 'locked', lastLockReason: 'manual' });
    expect(events.filter((e) => e.type === 'vault.locked')).toEqual([
      { type: 'vault.locked', reason: 'manual' },
      { type: 'vault.locked', reason: 'manual' },
    ]);
    // Locked: the session's features refuse.
    expect((await fails(core, 'vault.getSettings', {})).code).toBe('locked');
    // Locking twice is harmless.
    expect(await ok(core, 'vault.lock', {})).toEqual({ state: 'locked', lastLockReason: 'manual' });
  });

  it('an unknown vault id is not_found', async () => {
    const { core } = await harness();
    expect((await fails(core, 'vault.unlock', { vaultId: 'a'.repeat(26), passphrase: PASS_A })).code).toBe('not_found');
  });

  it('a wrong passphrase says so and counts failures; a correct one resets the count', async () => {
    const { core, dataDir } = await harness();
    const { vaultId } = await createLockedVault(core);
    for (let n = 1; n <= 3; n++) {
      const e = await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_B });
      expect(e.code).toBe('wrong_passphrase');
      expect(e.details).toEqual({ failures: n, retryAfterMs: 0 });
      expect(e.message).toMatch(/did not open/);
    }
    expect(headerRow(dataDir, vaultId).failed_unlocks).toBe(3);
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    await ok(core, 'vault.lock', {});
    expect(headerRow(dataDir, vaultId)).toMatchObject({ failed_unlocks: 0, last_failed_at: null });
    expect((await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_B })).details).toEqual({ failures: 1, retryAfterMs: 0 });
  });

  it('after 5 failures the vault is throttled, across restarts, until the wait is over', async () => {
    const dataDir = join(makeTempDir(), 'data');
    dirs.push(join(dataDir, '..'));
    const clock = new ManualClock();
    const first = await harness({ dataDir, clock });
    const { vaultId } = await createLockedVault(first.core);
    for (let n = 1; n <= 4; n++)
      expect((await fails(first.core, 'vault.unlock', { vaultId, passphrase: PASS_B })).details).toMatchObject({
        failures: n,
        retryAfterMs: 0,
      });
    const fifth = await fails(first.core, 'vault.unlock', { vaultId, passphrase: PASS_B });
    expect(fifth).toMatchObject({ code: 'wrong_passphrase', details: { failures: 5, retryAfterMs: 30_000 } });
    expect(fifth.message).toMatch(/30 seconds/);

    // Even the right passphrase waits.
    const throttled = await fails(first.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect(throttled).toMatchObject({ code: 'throttled', details: { retryAfterMs: 30_000 } });
    expect(throttled.message).toMatch(/wait 30 seconds/);

    // Quitting and starting again does not reset it.
    await first.cleanup();
    clock.advance(10_000);
    const second = await harness({ dataDir, clock });
    expect(await fails(second.core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({
      code: 'throttled',
      details: { retryAfterMs: 20_000 },
    });

    // Once the wait is over, one more try; a wrong one doubles the wait.
    clock.advance(20_000);
    expect(await fails(second.core, 'vault.unlock', { vaultId, passphrase: PASS_C })).toMatchObject({
      code: 'wrong_passphrase',
      details: { failures: 6, retryAfterMs: 60_000 },
    });
    expect((await fails(second.core, 'vault.unlock', { vaultId, passphrase: PASS_A })).code).toBe('throttled');
    clock.advance(60_000);
    expect(await ok(second.core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({ state: 'unlocked' });
    await ok(second.core, 'vault.lock', {});
    expect(headerRow(dataDir, vaultId)).toMatchObject({ failed_unlocks: 0, last_failed_at: null });
    // Counter reset: five fresh attempts before any wait.
    expect((await fails(second.core, 'vault.unlock', { vaultId, passphrase: PASS_B })).details).toEqual({ failures: 1, retryAfterMs: 0 });
  });

  it('two vaults in one data folder each open only with their own passphrase', async () => {
    const { core } = await harness();
    const a = await createLockedVault(core, 'Alex', PASS_A);
    const b = await createLockedVault(core, 'Blake', PASS_B);
    expect((await ok(core, 'vault.list', {})).vaults.map((v) => v.label).sort()).toEqual(['Alex', 'Blake']);
    expect((await fails(core, 'vault.unlock', { vaultId: a.vaultId, passphrase: PASS_B })).code).toBe('wrong_passphrase');
    expect((await fails(core, 'vault.unlock', { vaultId: b.vaultId, passphrase: PASS_A })).code).toBe('wrong_passphrase');
    expect((await fails(core, 'vault.unlockWithRecoveryKey', { vaultId: a.vaultId, recoveryKey: b.recoveryKey })).code).toBe(
      'wrong_recovery_key',
    );
    expect(await ok(core, 'vault.unlock', { vaultId: a.vaultId, passphrase: PASS_A })).toMatchObject({ vaultId: a.vaultId, label: 'Alex' });
    await ok(core, 'vault.updateSettings', { idleLockMinutes: 33 });
    await ok(core, 'vault.lock', {});
    expect(await ok(core, 'vault.unlock', { vaultId: b.vaultId, passphrase: PASS_B })).toMatchObject({
      vaultId: b.vaultId,
      label: 'Blake',
    });
    expect((await ok(core, 'vault.getSettings', {})).idleLockMinutes).toBe(10);
  });
});

describe('recovery key', () => {
  it('unlocks into "choose a new passphrase"; nothing else works until then; then only the new passphrase opens', async () => {
    const { core, dataDir } = await harness();
    const { vaultId, recoveryKey } = await createLockedVault(core);
    // A few wrong passphrases first: the new passphrase must also clear them.
    await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_C });

    // Typed by hand from paper: lower case, spaces for dashes.
    const typed = recoveryKey.toLowerCase().replaceAll('-', ' ');
    expect(await ok(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey: typed })).toEqual({
      state: 'unlocked',
      vaultId,
      label: 'Test journal',
      needsNewPassphrase: true,
    });
    for (const [channel, input] of [
      ['vault.getSettings', {}],
      ['vault.updateSettings', { idleLockMinutes: 5 }],
      ['vault.changePassphrase', { current: PASS_A, next: PASS_B }],
      ['vault.regenerateRecoveryKey', { passphrase: PASS_A }],
    ] as const) {
      expect((await fails(core, channel, input)).code, channel).toBe('locked');
    }
    expect(() => core.vaults.requireSession()).toThrow(/new passphrase/);
    expect((await fails(core, 'vault.setNewPassphrase', { passphrase: 'password123' })).code).toBe('weak_passphrase');

    expect(await ok(core, 'vault.setNewPassphrase', { passphrase: PASS_B })).toMatchObject({
      state: 'unlocked',
      needsNewPassphrase: false,
    });
    expect((await ok(core, 'vault.getSettings', {})).idleLockMinutes).toBe(10);
    // Only once.
    expect((await fails(core, 'vault.setNewPassphrase', { passphrase: PASS_C })).code).toBe('invalid_input');
    await ok(core, 'vault.lock', {});
    expect(headerRow(dataDir, vaultId).failed_unlocks).toBe(0);

    expect((await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).code).toBe('wrong_passphrase');
    expect(await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_B })).toMatchObject({ state: 'unlocked' });
    await ok(core, 'vault.lock', {});
    // The recovery key itself still works.
    expect(await ok(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey })).toMatchObject({ needsNewPassphrase: true });
  });

  it('locking without choosing a new passphrase keeps the old one', async () => {
    const { core } = await harness();
    const { vaultId, recoveryKey } = await createLockedVault(core);
    await ok(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey });
    await ok(core, 'vault.lock', {});
    expect(await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({ state: 'unlocked', needsNewPassphrase: false });
  });

  it('a malformed or wrong recovery key is refused clearly', async () => {
    const { core } = await harness();
    const { vaultId, recoveryKey } = await createLockedVault(core);
    const malformed = await fails(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey: 'ABCD-EFGH' });
    expect(malformed.code).toBe('wrong_recovery_key');
    expect(malformed.message).toMatch(/eight groups of four/);
    const flipped = (recoveryKey[0] === 'A' ? 'B' : 'A') + recoveryKey.slice(1);
    expect((await fails(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey: flipped })).code).toBe('wrong_recovery_key');
    expect((await ok(core, 'vault.status', {})).state).toBe('locked');
  });

  it('regenerating makes the old key stop working and the new one work', async () => {
    const { core } = await harness();
    const { vaultId, recoveryKey: oldKey } = await createLockedVault(core);
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect((await fails(core, 'vault.regenerateRecoveryKey', { passphrase: PASS_B })).code).toBe('wrong_passphrase');
    const { recoveryKey: newKey } = await ok(core, 'vault.regenerateRecoveryKey', { passphrase: PASS_A });
    expect(newKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(newKey).not.toBe(oldKey);
    await ok(core, 'vault.lock', {});
    expect((await fails(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey: oldKey })).code).toBe('wrong_recovery_key');
    expect(await ok(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey: newKey })).toMatchObject({ needsNewPassphrase: true });
  });

  it('can be saved through the save dialog', async () => {
    const { core, dialogs } = await harness();
    const { recoveryKey } = await ok(core, 'vault.create', { label: 'Mine', passphrase: PASS_A });
    expect(await ok(core, 'system.saveTextFile', { suggestedName: 'Mend recovery key.txt', text: recoveryKey })).toEqual({ saved: true });
    expect(dialogs.saved).toHaveLength(1);
    expect((await fails(core, 'system.saveTextFile', { suggestedName: '../escape.txt', text: 'x' })).code).toBe('invalid_input');
  });
});

describe('change passphrase', () => {
  it('with a wrong current passphrase nothing changes', async () => {
    const { core, dataDir } = await harness();
    const { vaultId } = await createLockedVault(core);
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const before = headerRow(dataDir, vaultId).kdf;
    const e = await fails(core, 'vault.changePassphrase', { current: PASS_C, next: PASS_B });
    expect(e.code).toBe('wrong_passphrase');
    expect(e.message).toMatch(/Nothing was changed/);
    expect((await fails(core, 'vault.changePassphrase', { current: PASS_A, next: 'password123' })).code).toBe('weak_passphrase');
    expect(headerRow(dataDir, vaultId).kdf).toBe(before);
    await ok(core, 'vault.lock', {});
    expect(await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({ state: 'unlocked' });
  });

  it('the new passphrase works, the old does not, and records are still readable', async () => {
    const { core, dataDir } = await harness();
    const { vaultId, recoveryKey } = await createLockedVault(core);
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const store = core.vaults.requireSession().store;
    store.put('note', 'n1', { text: 'before the change' });
    await ok(core, 'vault.updateSettings', { idleLockMinutes: 42 });
    const oldSalt = JSON.parse(headerRow(dataDir, vaultId).kdf).salt;

    expect(await ok(core, 'vault.changePassphrase', { current: PASS_A, next: PASS_B })).toBeNull();
    expect(JSON.parse(headerRow(dataDir, vaultId).kdf).salt).not.toBe(oldSalt);
    await ok(core, 'vault.lock', {});

    expect((await fails(core, 'vault.unlock', { vaultId, passphrase: PASS_A })).code).toBe('wrong_passphrase');
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_B });
    expect(core.vaults.requireSession().store.get('note', 'n1')).toEqual({ id: 'n1', rev: 1, value: { text: 'before the change' } });
    expect((await ok(core, 'vault.getSettings', {})).idleLockMinutes).toBe(42);
    await ok(core, 'vault.lock', {});
    // The recovery key was not touched by a passphrase change.
    expect(await ok(core, 'vault.unlockWithRecoveryKey', { vaultId, recoveryKey })).toMatchObject({ needsNewPassphrase: true });
  });
});

describe('settings', () => {
  it('default to a 10-minute idle lock; updates persist across lock and unlock, encrypted', async () => {
    const { core, dataDir } = await harness();
    const { vaultId } = await createLockedVault(core);
    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect((await ok(core, 'vault.getSettings', {})).idleLockMinutes).toBe(10);
    expect((await ok(core, 'vault.updateSettings', { idleLockMinutes: 25 })).idleLockMinutes).toBe(25);
    expect((await ok(core, 'vault.updateSettings', {})).idleLockMinutes).toBe(25);
    await ok(core, 'vault.lock', {});

    const db = new Database(vaultPath(dataDir, vaultId), { readonly: true });
    const rows = db.prepare("SELECT id, type, rev, envelope FROM records WHERE type = 'settings'").all() as {
      id: string;
      type: string;
      rev: number;
      envelope: Buffer;
    }[];
    db.close();
    expect(rows.map((r) => [r.id, r.rev])).toEqual([['settings', 2]]);
    expect(rows[0]!.envelope.includes('idleLockMinutes')).toBe(false);

    await ok(core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect((await ok(core, 'vault.getSettings', {})).idleLockMinutes).toBe(25);
  });
});
