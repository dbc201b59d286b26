import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { makeCouple, PASS, writeEntries, type Couple } from '../partner/couple';

let c: Couple;
beforeEach(async () => {
  c = await makeCouple();
});
afterEach(async () => {
  await c.cleanup();
});

const DAY = 86_400_000;

it('restores a manual backup with the passphrase, keeping a safety copy of the current vault first', async () => {
  await c.as('alex');
  await writeEntries(c, 2);
  const backup = await c.call('backup.create', {});
  expect(backup.kind).toBe('manual');
  await writeEntries(c, 3);
  expect((await c.call('entries.facets', {})).total).toBe(5);

  // A wrong passphrase refuses the restore and changes nothing.
  const bad = await c.core.dispatch('backup.restore', { vaultId: c.vaults.alex, fileName: backup.fileName, passphrase: 'not the right one at all', confirmed: true });
  expect(bad).toMatchObject({ ok: false, error: { code: 'wrong_passphrase' } });
  expect((await c.call('entries.facets', {})).total).toBe(5);
  // Without confirmation, nothing happens either.
  expect((await c.core.dispatch('backup.restore', { vaultId: c.vaults.alex, fileName: backup.fileName, passphrase: PASS.alex })).ok).toBe(false);

  const r = await c.call('backup.restore', { vaultId: c.vaults.alex, fileName: backup.fileName, passphrase: PASS.alex, confirmed: true });
  expect(r.restored).toBe(true);
  expect(r.safetyCopy).toMatch(/^before-restore-/);
  expect((await c.call('vault.status', {})).state).toBe('locked');
  await c.as('alex');
  expect((await c.call('entries.facets', {})).total).toBe(2);
  // The safety copy holds the five entries we had.
  const again = await c.call('backup.restore', { vaultId: c.vaults.alex, fileName: r.safetyCopy!, passphrase: PASS.alex, confirmed: true });
  expect(again.restored).toBe(true);
  await c.as('alex');
  expect((await c.call('entries.facets', {})).total).toBe(5);
});

it('restores with the recovery key, and a damaged vault can be restored from the lock screen', async () => {
  await c.call('vault.lock', {});
  const { vaultId, recoveryKey } = await c.call('vault.create', { label: 'Casey', passphrase: 'casey keeps bees quietly' });
  await writeEntries(c, 2);
  const backup = await c.call('backup.create', {});
  await c.call('vault.lock', {});
  // While the vault reads fine, a locked Mend shows nothing about its backups.
  expect(await c.core.dispatch('backup.list', { vaultId })).toMatchObject({ ok: false, error: { code: 'locked' } });
  // Damage the vault file.
  writeFileSync(join(c.dataDir, 'vaults', `${vaultId}.mend`), Buffer.alloc(4096, 7));
  expect((await c.call('vault.list', {})).vaults.find((v) => v.id === vaultId)?.problem).toBe('unreadable');
  const listed = await c.call('backup.list', { vaultId });
  expect(listed.items.map((b) => b.fileName)).toContain(backup.fileName);
  const r = await c.call('backup.restore', { vaultId, fileName: backup.fileName, recoveryKey: recoveryKey.toLowerCase(), confirmed: true });
  expect(r.restored).toBe(true);
  await c.call('vault.unlock', { vaultId, passphrase: 'casey keeps bees quietly' });
  expect((await c.call('entries.facets', {})).total).toBe(2);
});

it('makes one automatic backup a day on unlock and keeps only the configured number', async () => {
  await c.as('alex');
  await c.call('vault.updateSettings', { backupsToKeep: 3, idleLockMinutes: 240 });
  for (let day = 0; day < 6; day++) {
    c.clock.advance(DAY + 1000);
    await c.as('alex');
    await c.core.backups.settled();
  }
  // A second unlock on the same day makes no new one.
  await c.as('alex');
  await new Promise((r) => setTimeout(r, 50));
  const autos = (await c.call('backup.list', { vaultId: c.vaults.alex })).items.filter((b) => b.kind === 'auto');
  expect(autos).toHaveLength(3);
  expect(readdirSync(join(c.dataDir, 'backups', c.vaults.alex)).filter((f) => f.startsWith('.'))).toEqual([]);
});

it('refuses a backup of another journal and names that are not backups', async () => {
  await c.as('alex');
  const b = await c.call('backup.create', {});
  await c.as('blair');
  const r = await c.core.dispatch('backup.restore', { vaultId: c.vaults.blair, fileName: b.fileName, passphrase: PASS.blair, confirmed: true });
  expect(r).toMatchObject({ ok: false, error: { code: 'not_found' } });
  const traversal = await c.core.dispatch('backup.restore', { vaultId: c.vaults.blair, fileName: '../vaults/x.mend', passphrase: PASS.blair, confirmed: true });
  expect(traversal).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
});

it('refuses a damaged, truncated or foreign backup and leaves the current journal as it was', async () => {
  await c.as('alex');
  await writeEntries(c, 2);
  const backup = await c.call('backup.create', {});
  const dir = join(c.dataDir, 'backups', c.vaults.alex);
  const path = join(dir, backup.fileName);
  const original = readFileSync(path);
  const vaultFile = join(c.dataDir, 'vaults', `${c.vaults.alex}.mend`);
  c.core.vaults.requireSession().db.pragma('wal_checkpoint(TRUNCATE)');
  const before = readFileSync(vaultFile);
  const attempt = () => c.core.dispatch('backup.restore', { vaultId: c.vaults.alex, fileName: backup.fileName, passphrase: PASS.alex, confirmed: true });

  const damaged = Buffer.from(original);
  for (let i = 4096; i < damaged.length; i += 97) damaged[i] = damaged[i]! ^ 0xff;
  for (const bad of [damaged, original.subarray(0, 3000), Buffer.alloc(original.length, 0x41)]) {
    writeFileSync(path, bad);
    const r = await attempt();
    expect(r.ok).toBe(false);
    if (!r.ok) expect(['vault_unreadable', 'wrong_passphrase']).toContain(r.error.code);
    expect((await c.call('vault.status', {})).state).toBe('unlocked');
    expect(readFileSync(vaultFile).equals(before)).toBe(true);
  }
});
