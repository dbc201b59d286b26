/**
 * Bad payloads at the door: each gets invalid_input (or unknown_channel) with a clear message, and
 * the data folder is byte-for-byte what it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLockedVault, fails, makeCore, ok, PASS_A, settle, snapshotTree, type CoreHarness } from '../helpers/core';

let h: CoreHarness;
let vaultId: string;

beforeAll(async () => {
  h = await makeCore();
  ({ vaultId } = await createLockedVault(h.core));
});
afterAll(async () => {
  await h.cleanup();
});

const long = 'w'.repeat(2000);

const whileLocked: [string, string, unknown][] = [
  ['create: missing passphrase', 'vault.create', { label: 'x' }],
  ['create: missing label', 'vault.create', { passphrase: PASS_A }],
  ['create: extra field', 'vault.create', { label: 'x', passphrase: PASS_A, admin: true }],
  ['create: passphrase is a number', 'vault.create', { label: 'x', passphrase: 12345678901234 }],
  ['create: label is an object', 'vault.create', { label: { toString: 'x' }, passphrase: PASS_A }],
  ['create: blank label', 'vault.create', { label: '   ', passphrase: PASS_A }],
  ['create: 41-char label', 'vault.create', { label: 'l'.repeat(41), passphrase: PASS_A }],
  ['create: control character in label', 'vault.create', { label: 'a\u0007b', passphrase: PASS_A }],
  ['create: 2000-char passphrase', 'vault.create', { label: 'x', passphrase: long }],
  ['create: empty passphrase', 'vault.create', { label: 'x', passphrase: '' }],
  ['create: payload is an array', 'vault.create', [PASS_A]],
  ['create: payload is a string', 'vault.create', PASS_A],
  ['unlock: bad vault id (path)', 'vault.unlock', { vaultId: '../../etc/passwd', passphrase: PASS_A }],
  ['unlock: bad vault id (upper case)', 'vault.unlock', { vaultId: 'A'.repeat(26), passphrase: PASS_A }],
  ['unlock: bad vault id (too short)', 'vault.unlock', { vaultId: 'abc', passphrase: PASS_A }],
  ['unlock: vault id is a number', 'vault.unlock', { vaultId: 42, passphrase: PASS_A }],
  ['unlock: missing passphrase', 'vault.unlock', { vaultId: 'VAULT' }],
  ['unlock: 2000-char passphrase', 'vault.unlock', { vaultId: 'VAULT', passphrase: long }],
  ['unlock: extra field', 'vault.unlock', { vaultId: 'VAULT', passphrase: PASS_A, force: true }],
  ['unlock: passphrase is null', 'vault.unlock', { vaultId: 'VAULT', passphrase: null }],
  ['unlock: no payload', 'vault.unlock', undefined],
  ['recovery: 201-char key', 'vault.unlockWithRecoveryKey', { vaultId: 'VAULT', recoveryKey: 'k'.repeat(201) }],
  ['recovery: key is an array', 'vault.unlockWithRecoveryKey', { vaultId: 'VAULT', recoveryKey: ['ABCD'] }],
  ['status: extra field', 'vault.status', { verbose: true }],
  ['list: extra field', 'vault.list', { all: 1 }],
  ['lock: extra field', 'vault.lock', { reason: 'idle' }],
  ['touch: payload is a number', 'vault.touch', 5],
  ['setNewPassphrase: 2000 chars', 'vault.setNewPassphrase', { passphrase: long }],
  ['changePassphrase: missing next', 'vault.changePassphrase', { current: PASS_A }],
  ['regenerate: passphrase is boolean', 'vault.regenerateRecoveryKey', { passphrase: true }],
  ['updateSettings: 0 minutes', 'vault.updateSettings', { idleLockMinutes: 0 }],
  ['saveTextFile: path in name', 'system.saveTextFile', { suggestedName: '/etc/cron.d/x', text: 'x' }],
];

const whileUnlocked: [string, string, unknown][] = [
  ['updateSettings: 0 minutes', 'vault.updateSettings', { idleLockMinutes: 0 }],
  ['updateSettings: 241 minutes', 'vault.updateSettings', { idleLockMinutes: 241 }],
  ['updateSettings: fractional', 'vault.updateSettings', { idleLockMinutes: 2.5 }],
  ['updateSettings: string', 'vault.updateSettings', { idleLockMinutes: '10' }],
  ['updateSettings: NaN-ish', 'vault.updateSettings', { idleLockMinutes: null }],
  ['updateSettings: extra field', 'vault.updateSettings', { idleLockMinutes: 5, theme: 'dark' }],
  ['updateSettings: prototype pollution', 'vault.updateSettings', JSON.parse('{"__proto__": {"idleLockMinutes": 1}}')],
  ['changePassphrase: 2000-char next', 'vault.changePassphrase', { current: PASS_A, next: long }],
  ['regenerate: empty passphrase', 'vault.regenerateRecoveryKey', { passphrase: '' }],
  ['getSettings: extra field', 'vault.getSettings', { id: 'settings' }],
];

const withVault = (input: unknown): unknown => {
  if (input && typeof input === 'object' && !Array.isArray(input) && (input as { vaultId?: unknown }).vaultId === 'VAULT')
    return { ...input, vaultId };
  return input;
};

describe('invalid payloads change nothing', () => {
  it.each(whileLocked)('while locked — %s → invalid_input', async (_, channel, input) => {
    await settle(h.dataDir);
    const before = snapshotTree(h.dataDir);
    const e = await fails(h.core, channel, withVault(input));
    expect(e.code).toBe('invalid_input');
    expect(e.message.length).toBeGreaterThan(3);
    expect(e.message.length).toBeLessThan(200);
    expect(snapshotTree(h.dataDir)).toEqual(before);
    expect((await ok(h.core, 'vault.status', {})).state).toBe('locked');
  });

  it.each(whileUnlocked)('while unlocked — %s → invalid_input', async (_, channel, input) => {
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    try {
      const settings = await ok(h.core, 'vault.getSettings', {});
      await settle(h.dataDir);
      const before = snapshotTree(h.dataDir);
      const e = await fails(h.core, channel, input);
      expect(e.code).toBe('invalid_input');
      expect(snapshotTree(h.dataDir)).toEqual(before);
      expect(await ok(h.core, 'vault.getSettings', {})).toEqual(settings);
      expect(({} as Record<string, unknown>).idleLockMinutes).toBeUndefined();
    } finally {
      await ok(h.core, 'vault.lock', {});
    }
  });

  it('the messages say what is wrong', async () => {
    expect((await fails(h.core, 'vault.unlock', { vaultId: 'nope', passphrase: PASS_A })).message).toMatch(/not a vault id/);
    expect((await fails(h.core, 'vault.unlock', { vaultId, passphrase: long })).message).toMatch(/too long/);
    expect((await fails(h.core, 'vault.create', { label: 'l'.repeat(41), passphrase: PASS_A })).message).toMatch(/40 characters/);
    expect((await fails(h.core, 'vault.unlock', { vaultId, passphrase: '' })).message).toMatch(/Enter your passphrase/);
  });

  it('unknown channels → unknown_channel, nothing changes', async () => {
    await settle(h.dataDir);
    const before = snapshotTree(h.dataDir);
    for (const channel of ['vault.destroy', 'vault', '__proto__', 'constructor', 'vault.unlock ', 'VAULT.UNLOCK', 'hasOwnProperty']) {
      const e = await fails(h.core, channel, { vaultId, passphrase: PASS_A });
      expect(e.code, channel).toBe('unknown_channel');
    }
    expect(snapshotTree(h.dataDir)).toEqual(before);
  });

  it('no unexpected exceptions reached the generic fallback', () => {
    expect(h.unexpected).toEqual([]);
  });
});
