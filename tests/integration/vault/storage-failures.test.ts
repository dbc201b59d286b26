/**
 * Storage failures: a full disk and a read-only data folder give errors a person can act on, save
 * nothing half-way, and lose nothing that was saved before.
 */
import { spawn } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { storageError } from '../../../electron/core/db/errors';
import { isDamaged } from '../../../electron/core/records/store';
import type { Result } from '../../../shared/errors';
import { createLockedVault, fails, makeCore, makeTempDir, ok, PASS_A, removeDir, snapshotTree, type CoreHarness } from '../helpers/core';

const harnesses: CoreHarness[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.cleanup();
  for (const d of dirs.splice(0)) {
    chmodTree(d, 0o755, 0o644);
    removeDir(d);
  }
});

function chmodTree(dir: string, dirMode: number, fileMode: number): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) chmodTree(p, dirMode, fileMode);
    else chmodSync(p, fileMode);
  }
  chmodSync(dir, dirMode);
}

const sqliteCode = (e: unknown): string => (typeof e === 'object' && e && 'code' in e ? String((e as { code: unknown }).code) : String(e));

describe('disk full', () => {
  it('a write that does not fit is storage_full with a clear message; everything saved before is intact', async () => {
    const h = await makeCore();
    harnesses.push(h);
    const { vaultId } = await createLockedVault(h.core);
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const store = () => h.core.vaults.requireSession().store;
    const earlier = new Map<string, string>();
    for (let i = 0; i < 10; i++) {
      const text = randomBytes(200 + i * 300).toString('hex');
      store().put('note', `early${i}`, { text });
      earlier.set(`early${i}`, text);
    }

    // Cap the file a few pages above its current size: the "disk" is nearly full.
    const db = h.core.vaults.requireSession().db;
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages + 12}`);

    // Fill it with ever smaller records until not even the smallest envelope fits.
    let full: unknown = null;
    let fitted = 0;
    for (const size of [20_000, 4_000, 800, 100, 1]) {
      for (let i = 0; i < 500; i++) {
        const text = randomBytes(Math.max(1, size / 2))
          .toString('hex')
          .slice(0, size);
        try {
          store().put('note', `fill${size}-${i}`, { text });
          earlier.set(`fill${size}-${i}`, text);
          fitted++;
        } catch (e) {
          full = e;
          break;
        }
      }
    }
    expect(fitted).toBeGreaterThan(0);
    expect(sqliteCode(full)).toBe('SQLITE_FULL');
    expect(storageError(full)?.code).toBe('storage_full');

    // Through the door: a channel that writes.
    const e = await fails(h.core, 'vault.updateSettings', { idleLockMinutes: 11 });
    expect(e.code).toBe('storage_full');
    expect(e.message).toMatch(/disk is full/);
    expect(e.message).toMatch(/saved before is safe/);
    expect(h.unexpected).toEqual([]);

    // Reading still works while full, and a failed write leaves no trace.
    expect((await ok(h.core, 'vault.getSettings', {})).idleLockMinutes).toBe(10);

    // After relocking (a fresh connection, no cap), every earlier record is intact.
    await ok(h.core, 'vault.lock', {});
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    const listed = store().list<{ text: string }>('note');
    expect(listed.filter(isDamaged)).toEqual([]);
    expect(listed).toHaveLength(earlier.size);
    for (const r of listed) if (!isDamaged(r)) expect(r.value.text).toBe(earlier.get(r.id));
    expect((await ok(h.core, 'vault.getSettings', {})).idleLockMinutes).toBe(10);
    // And with room again, saving works.
    expect((await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 11 })).idleLockMinutes).toBe(11);
    expect(h.core.vaults.requireSession().db.pragma('integrity_check', { simple: true })).toBe('ok');
  });
});

describe('read-only storage', () => {
  it('a connection that may not write gives storage_readonly, and nothing is lost', async () => {
    const h = await makeCore();
    harnesses.push(h);
    const { vaultId } = await createLockedVault(h.core);
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 12 });
    const db = h.core.vaults.requireSession().db;
    db.pragma('query_only = ON');
    let thrown: unknown = null;
    try {
      h.core.vaults.requireSession().store.put('note', 'n', { text: 'x' });
    } catch (e) {
      thrown = e;
    }
    expect(sqliteCode(thrown)).toMatch(/^SQLITE_READONLY/);
    const e = await fails(h.core, 'vault.updateSettings', { idleLockMinutes: 13 });
    expect(e.code).toBe('storage_readonly');
    expect(e.message).toMatch(/cannot write/);
    // Locking still works (the key is dropped even if the checkpoint cannot run).
    await ok(h.core, 'vault.lock', {});
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect((await ok(h.core, 'vault.getSettings', {})).idleLockMinutes).toBe(12);
  });

  // chmod does not restrict root, so the data folder is made read-only and the core runs in a child
  // process as the unprivileged user nobody (65534). Needs root to switch user.
  const isRoot = process.getuid?.() === 0;
  it.skipIf(!isRoot)(
    'a read-only data folder (as an unprivileged user): writes are storage_readonly, and the folder is unchanged',
    async () => {
      const root = makeTempDir('mend-readonly-');
      dirs.push(root);
      const dataDir = join(root, 'data');
      const h = await makeCore({ dataDir });
      harnesses.push(h);
      const { vaultId } = await createLockedVault(h.core);
      await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
      h.core.vaults.requireSession().store.put('note', 'kept', { text: 'saved before the folder became read-only' });
      await ok(h.core, 'vault.lock', {});
      await h.cleanup();

      chmodTree(dataDir, 0o555, 0o444);
      chmodSync(root, 0o755);
      const before = snapshotTree(dataDir);
      expect(statSync(dataDir).mode & 0o777).toBe(0o555);

      const child = fileURLToPath(new URL('../helpers/readonly-child.ts', import.meta.url));
      const out = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
        const p = spawn(process.execPath, ['--import', 'tsx', child, dataDir, vaultId, PASS_A], {
          uid: 65534,
          gid: 65534,
          cwd: process.cwd(),
          env: { ...process.env, HOME: root },
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        p.stdout.on('data', (d) => (stdout += d));
        p.stderr.on('data', (d) => (stderr += d));
        p.on('error', reject);
        p.on('close', (code) => resolve({ code, stdout, stderr }));
      });
      expect(out.code, out.stderr).toBe(0);
      const steps = Object.fromEntries(
        out.stdout
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { step: string; result: unknown })
          .map((s) => [s.step, s.result]),
      ) as Record<string, unknown>;

      expect(steps.uid).toBe(65534);
      expect(steps.info).toMatchObject({ ok: true, value: { dataDir: { state: 'unwritable', vaultCount: 1 } } });
      // Creating a vault is a write: refused, clearly.
      expect(steps.create).toMatchObject({
        ok: false,
        error: { code: 'storage_readonly', message: expect.stringMatching(/cannot write/) },
      });
      // Unlocking needs to write too (the WAL, the attempt counter): refused the same way, whether
      // the passphrase is right or wrong, so nothing is learned and nothing counted.
      const unlock = steps.unlock as Result<unknown>;
      if (unlock.ok) {
        // If this platform lets SQLite open it anyway, the first real write must be refused.
        expect(steps.updateSettings).toMatchObject({ ok: false, error: { code: 'storage_readonly' } });
      } else {
        expect(unlock.error.code).toBe('storage_readonly');
        expect(steps.wrongUnlock).toMatchObject({ ok: false, error: { code: 'storage_readonly' } });
        expect(steps.updateSettings).toMatchObject({ ok: false, error: { code: 'locked' } });
      }
      expect(steps.unexpected).toEqual([]);

      // Byte for byte the same folder.
      expect(snapshotTree(dataDir)).toEqual(before);

      // Writable again: the vault and what it held are fine.
      chmodTree(dataDir, 0o700, 0o600);
      const again = await makeCore({ dataDir });
      harnesses.push(again);
      await ok(again.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
      expect(again.core.vaults.requireSession().store.get('note', 'kept')?.value).toEqual({
        text: 'saved before the folder became read-only',
      });
    },
  );
});
