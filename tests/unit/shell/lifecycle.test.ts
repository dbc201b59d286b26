import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LockReason } from '../../../shared/contract';
import type { MendEvent } from '../../../shared/events';
import { LOCK_WAIT_MS, lockAndWait, type Lockable } from '../../../electron/main/lifecycle';

/** A vault that behaves like the core: requestLock announces, then locks when told to. */
function fakeCore(unlocked: boolean) {
  const listeners = new Set<(e: MendEvent) => void>();
  const core = {
    unlocked,
    requests: [] as LockReason[],
    isUnlocked: () => core.unlocked,
    requestLock: (reason: LockReason) => {
      core.requests.push(reason);
    },
    subscribe: (l: (e: MendEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    emit(event: MendEvent) {
      for (const l of [...listeners]) l(event);
    },
    lock(reason: LockReason) {
      core.unlocked = false;
      core.emit({ type: 'vault.locked', reason });
    },
    listenerCount: () => listeners.size,
  };
  return core satisfies Lockable;
}

describe('lockAndWait', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('resolves at once, without asking, when the vault is already locked', async () => {
    const core = fakeCore(false);
    await lockAndWait(core, 'quit');
    expect(core.requests).toEqual([]);
  });

  it('asks the core to lock and resolves when the vault reports it is locked', async () => {
    const core = fakeCore(true);
    let done = false;
    const waiting = lockAndWait(core, 'quit').then(() => (done = true));
    expect(core.requests).toEqual(['quit']);
    await vi.advanceTimersByTimeAsync(500);
    expect(done).toBe(false);
    core.lock('quit');
    await waiting;
    expect(core.listenerCount()).toBe(0);
  });

  it('keeps waiting through the lock request itself', async () => {
    const core = fakeCore(true);
    let done = false;
    void lockAndWait(core, 'quit').then(() => (done = true));
    core.emit({ type: 'vault.lockRequested', reason: 'quit' });
    await vi.advanceTimersByTimeAsync(100);
    expect(done).toBe(false);
  });

  it('gives up after the timeout, so quitting never hangs on a stuck renderer', async () => {
    const core = fakeCore(true);
    let done = false;
    void lockAndWait(core, 'quit').then(() => (done = true));
    await vi.advanceTimersByTimeAsync(LOCK_WAIT_MS - 1);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(done).toBe(true);
    expect(core.listenerCount()).toBe(0);
  });

  it('resolves when requestLock locks synchronously', async () => {
    const core = fakeCore(true);
    core.requestLock = (reason) => {
      core.requests.push(reason);
      core.unlocked = false;
    };
    await lockAndWait(core, 'quit');
    expect(core.listenerCount()).toBe(0);
  });
});
