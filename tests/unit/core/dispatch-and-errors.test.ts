import { describe, expect, it } from 'vitest';
import { storageError } from '../../../electron/core/db/errors';
import { createDispatch } from '../../../electron/core/dispatch';
import { randomId } from '../../../electron/core/ids';
import { randomBytes } from '../../../electron/core/crypto/random';
import { ManualClock } from '../../../electron/core/ports';
import { MendError } from '../../../shared/errors';
import type { Handlers } from '../../../shared/contract';

const withCode = (code: string, message = 'x') => Object.assign(new Error(message), { code });

describe('storageError', () => {
  it.each([
    'SQLITE_READONLY',
    'SQLITE_READONLY_DBMOVED',
    'SQLITE_READONLY_RECOVERY',
    'SQLITE_CANTOPEN',
    'SQLITE_PERM',
    'EACCES',
    'EROFS',
    'EPERM',
  ])('%s → storage_readonly', (code) => {
    const e = storageError(withCode(code));
    expect(e?.code).toBe('storage_readonly');
    expect(e?.message).toMatch(/cannot write/);
  });

  it.each(['SQLITE_FULL', 'ENOSPC', 'EDQUOT'])('%s → storage_full', (code) => {
    const e = storageError(withCode(code));
    expect(e?.code).toBe('storage_full');
    expect(e?.message).toMatch(/disk is full/);
    expect(e?.message).toMatch(/saved before is safe/);
  });

  it.each(['SQLITE_CORRUPT', 'SQLITE_NOTADB'])('%s → vault_unreadable, pointing at backups', (code) => {
    const e = storageError(withCode(code));
    expect(e?.code).toBe('vault_unreadable');
    expect(e?.message).toMatch(/backup/);
  });

  it('anything else is not a storage error', () => {
    expect(storageError(new Error('boom'))).toBeNull();
    expect(storageError(withCode('SQLITE_CONSTRAINT_PRIMARYKEY'))).toBeNull();
    expect(storageError(null)).toBeNull();
    expect(storageError('SQLITE_FULL')).toBeNull();
    expect(storageError(undefined)).toBeNull();
  });
});

describe('dispatch', () => {
  const handlers = {
    'vault.status': async () => ({ state: 'locked', lastLockReason: null }),
    'vault.touch': async () => {
      throw new Error('secret decrypted text in an exception');
    },
    'vault.lock': async () => {
      throw withCode('SQLITE_FULL');
    },
    'vault.getSettings': async () => {
      throw new MendError('locked', 'Your journal is locked.');
    },
  } as unknown as Handlers;

  it('refuses unknown channels, including prototype names', async () => {
    const unexpected: string[] = [];
    const d = createDispatch(handlers, { onUnexpected: (c) => unexpected.push(c) });
    for (const name of ['vault.nope', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', 'x'.repeat(500)]) {
      const r = await d(name, {});
      expect(r).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      if (!r.ok) expect(r.error.message.length).toBeLessThan(100);
    }
    expect(unexpected).toEqual([]);
  });

  it('never lets an unexpected exception message out', async () => {
    const seen: unknown[] = [];
    const d = createDispatch(handlers, { onUnexpected: (_, e) => seen.push(e) });
    const r = await d('vault.touch', {});
    expect(r).toEqual({ ok: false, error: { code: 'internal', message: expect.not.stringMatching(/secret/) } });
    expect(seen).toHaveLength(1);
  });

  it('passes MendErrors through and translates known low-level ones', async () => {
    const d = createDispatch(handlers, { translate: storageError });
    expect(await d('vault.getSettings', {})).toEqual({ ok: false, error: { code: 'locked', message: 'Your journal is locked.' } });
    expect(await d('vault.lock', {})).toMatchObject({ ok: false, error: { code: 'storage_full' } });
  });

  it('treats a missing payload as an empty one', async () => {
    const d = createDispatch(handlers);
    expect(await d('vault.status', undefined)).toEqual({ ok: true, value: { state: 'locked', lastLockReason: null } });
    expect(await d('vault.status', null)).toMatchObject({ ok: true });
    expect(await d('vault.status', { extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('ids and the manual clock', () => {
  it('randomId gives 26 base32 characters, all distinct', () => {
    const ids = new Set(Array.from({ length: 2000 }, () => randomId()));
    expect(ids.size).toBe(2000);
    for (const id of ids) expect(id).toMatch(/^[a-z2-7]{26}$/);
  });

  it('randomBytes gives the length asked for, different every time, at any size', () => {
    expect(randomBytes(0)).toHaveLength(0);
    const a = randomBytes(24);
    const b = randomBytes(24);
    expect(a).toHaveLength(24);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    // Beyond WebCrypto's 65,536-byte limit per call, and not left zero anywhere.
    const big = randomBytes(200_000);
    expect(big).toHaveLength(200_000);
    expect(big.subarray(199_000).some((x) => x !== 0)).toBe(true);
  });

  it('ManualClock fires timers in due order, including ones set by timers, and only moves forward', () => {
    const clock = new ManualClock(1000);
    const fired: string[] = [];
    clock.setTimeout(() => fired.push('b@' + clock.now()), 200);
    clock.setTimeout(() => {
      fired.push('a@' + clock.now());
      clock.setTimeout(() => fired.push('c@' + clock.now()), 50);
    }, 100);
    const cancelled = clock.setTimeout(() => fired.push('never'), 10);
    clock.clearTimeout(cancelled);
    clock.advance(300);
    expect(fired).toEqual(['a@1100', 'c@1150', 'b@1200']);
    expect(clock.now()).toBe(1300);
    expect(() => clock.set(1200)).toThrow();
  });
});
