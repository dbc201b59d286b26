/**
 * Locking without being asked: after idle minutes, on the OS lock screen, on suspend, at quit.
 * Time is a ManualClock; power events are fired by hand.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createLockedVault, makeCore, ok, PASS_A, type CoreHarness } from '../helpers/core';

const MIN = 60_000;
const GRACE = 2_000;
const harnesses: CoreHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.cleanup();
});

/** A core with one vault, unlocked, and the event log cleared. */
async function unlocked(): Promise<CoreHarness & { vaultId: string }> {
  const h = await makeCore({ lockGraceMs: GRACE });
  harnesses.push(h);
  const { vaultId } = await createLockedVault(h.core);
  await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
  h.events.length = 0;
  return { ...h, vaultId };
}

describe('idle lock', () => {
  it('asks the renderer to flush after the idle minutes, then locks with reason idle after the grace period', async () => {
    const h = await unlocked();
    h.clock.advance(10 * MIN - 1);
    expect(h.events).toEqual([]);
    h.clock.advance(1);
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'idle' }]);
    expect((await ok(h.core, 'vault.status', {})).state).toBe('unlocked');
    h.clock.advance(GRACE - 1);
    expect((await ok(h.core, 'vault.status', {})).state).toBe('unlocked');
    h.clock.advance(1);
    expect(h.events).toEqual([
      { type: 'vault.lockRequested', reason: 'idle' },
      { type: 'vault.locked', reason: 'idle' },
    ]);
    expect(await ok(h.core, 'vault.status', {})).toEqual({ state: 'locked', lastLockReason: 'idle' });
    expect(() => h.core.vaults.requireSession()).toThrow(/locked/);
    // Nothing more happens once locked.
    h.clock.advance(60 * MIN);
    expect(h.events).toHaveLength(2);
  });

  it('vault.touch postpones it', async () => {
    const h = await unlocked();
    h.clock.advance(9 * MIN);
    await ok(h.core, 'vault.touch', {});
    h.clock.advance(9 * MIN);
    await ok(h.core, 'vault.touch', {});
    h.clock.advance(9 * MIN);
    expect(h.events).toEqual([]);
    h.clock.advance(1 * MIN);
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'idle' }]);
  });

  it('follows the idleLockMinutes setting, also after lock and unlock', async () => {
    const h = await unlocked();
    await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 1 });
    h.clock.advance(1 * MIN + GRACE);
    expect(h.events.map((e) => e.type)).toEqual(['vault.lockRequested', 'vault.locked']);

    await ok(h.core, 'vault.unlock', { vaultId: h.vaultId, passphrase: PASS_A });
    h.events.length = 0;
    h.clock.advance(1 * MIN);
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'idle' }]);

    // A longer setting moves an already scheduled check.
    await ok(h.core, 'vault.lock', {});
    await ok(h.core, 'vault.unlock', { vaultId: h.vaultId, passphrase: PASS_A });
    await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 30 });
    h.events.length = 0;
    h.clock.advance(29 * MIN);
    expect(h.events).toEqual([]);
    h.clock.advance(1 * MIN);
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'idle' }]);
  });

  it('a renderer answering the request with vault.lock keeps the original reason', async () => {
    const h = await unlocked();
    h.clock.advance(10 * MIN);
    expect(await ok(h.core, 'vault.lock', {})).toEqual({ state: 'locked', lastLockReason: 'idle' });
    expect(h.events).toEqual([
      { type: 'vault.lockRequested', reason: 'idle' },
      { type: 'vault.locked', reason: 'idle' },
    ]);
    // The grace timer was cancelled: no second lock.
    h.clock.advance(GRACE * 10);
    expect(h.events).toHaveLength(2);
  });
});

describe('power events', () => {
  it('the OS lock screen requests a lock; answered by the renderer it locks as os-lock', async () => {
    const h = await unlocked();
    h.power.fire('lock-screen');
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'os-lock' }]);
    expect(await ok(h.core, 'vault.lock', {})).toEqual({ state: 'locked', lastLockReason: 'os-lock' });
    expect(h.events.at(-1)).toEqual({ type: 'vault.locked', reason: 'os-lock' });
  });

  it('suspend requests a lock and locks after the grace period if nobody answers', async () => {
    const h = await unlocked();
    h.power.fire('suspend');
    expect(h.events).toEqual([{ type: 'vault.lockRequested', reason: 'suspend' }]);
    // A second request while one is pending does not restart the grace period.
    h.clock.advance(GRACE / 2);
    h.power.fire('lock-screen');
    h.clock.advance(GRACE / 2);
    expect(h.events).toEqual([
      { type: 'vault.lockRequested', reason: 'suspend' },
      { type: 'vault.locked', reason: 'suspend' },
    ]);
    expect(await ok(h.core, 'vault.status', {})).toEqual({ state: 'locked', lastLockReason: 'suspend' });
  });

  it('power events while locked do nothing', async () => {
    const h = await unlocked();
    await ok(h.core, 'vault.lock', {});
    h.events.length = 0;
    h.power.fire('suspend');
    h.power.fire('lock-screen');
    h.clock.advance(GRACE * 2);
    expect(h.events).toEqual([]);
  });

  it('closing the core locks (reason quit) and unsubscribes from power events', async () => {
    const h = await unlocked();
    expect(h.power.listenerCount).toBe(1);
    await h.core.close();
    expect(h.events).toEqual([{ type: 'vault.locked', reason: 'quit' }]);
    expect(h.power.listenerCount).toBe(0);
  });

  it('an unlock still running when the core closes does not leave a session open', async () => {
    const h = await makeCore();
    harnesses.push(h);
    const { vaultId } = await createLockedVault(h.core);
    const unlocking = h.core.dispatch('vault.unlock', { vaultId, passphrase: PASS_A });
    await h.core.close();
    await unlocking;
    expect(h.core.vaults.isUnlocked()).toBe(false);
  });
});
