/**
 * SIGKILL during Day One imports. A child imports the same 30-entry export again and again and is
 * killed at a random moment. After every kill: the vault opens, integrity_check is ok, the number
 * of entries is an exact multiple of 30 (an import lands whole or not at all: every one of the 30
 * titles appears equally often), at least 30 × the imports acknowledged, and at most one import more
 * than acknowledged in that run (the one the kill interrupted after its commit). Every entry decrypts.
 */
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { backupsDir, vaultPath } from '../../../electron/core/vault/paths';
import { makeTempDir, removeDir } from '../helpers/core';
import { integrity, KILLS, killLoop, openCore, rng, sidecars, withDb } from './harness';
import { dayOneExport, IMPORT_BATCH, LABEL, PASSPHRASES, titleOf } from './shared';

/** Past this many entries the vault is put back to its pristine copy, so later imports stay quick. */
const RESET_ABOVE = 40 * IMPORT_BATCH;

export async function importsUnderFire(): Promise<string> {
  const root = makeTempDir('mend-faults-import-');
  try {
    const dataDir = join(root, 'data');
    const dayOne = join(root, 'Journal.json');
    writeFileSync(dayOne, dayOneExport(IMPORT_BATCH));

    const setup = await openCore(dataDir);
    const { vaultId } = await setup.call('vault.create', { label: LABEL, passphrase: PASSPHRASES[0] });
    await setup.call('vault.lock', {});
    await setup.close();
    const file = vaultPath(dataDir, vaultId);
    const pristine = join(root, 'pristine.mend');
    copyFileSync(file, pristine);

    const random = rng(1);
    let entries = 0;
    let acknowledged = 0;
    let committedUnacked = 0;
    let resets = 0;
    let survived = 0;

    await killLoop({
      rounds: KILLS,
      mode: 'import',
      args: [dataDir, vaultId, dayOne],
      before: () => {
        if (entries <= RESET_ABOVE) return;
        for (const p of [file, ...sidecars(file)]) rmSync(p, { force: true });
        rmSync(backupsDir(dataDir, vaultId), { recursive: true, force: true });
        copyFileSync(pristine, file);
        entries = 0;
        resets++;
      },
      go: () => ({ pass: 0, firstN: 0 }),
      // Mostly a random moment after READY; every third run after 1–3 imports plus a moment.
      plan: (round) => (round % 3 === 2 ? { afterAcks: random(1, 3), delayMs: random(0, 60) } : { afterAcks: 0, delayMs: random(5, 400) }),
      verify: async (run, round) => {
        const where = `after kill ${round + 1}`;
        for (const line of run.acks) expect(line, where).toMatch(new RegExp(`^ACK import \\d+ entries=${IMPORT_BATCH}$`));
        expect(withDb(file, integrity), where).toBe('ok');

        const v = await openCore(dataDir);
        try {
          await v.call('vault.unlock', { vaultId, passphrase: PASSPHRASES[0] });
          const store = v.core.vaults.requireSession().store;
          const metas = store.count('entry');
          expect(store.count('entry-body'), where).toBe(metas);
          expect(metas % IMPORT_BATCH, `${where}: ${metas} entries is not a whole number of imports`).toBe(0);
          const before = entries;
          expect(metas, `${where}: acknowledged imports missing`).toBeGreaterThanOrEqual(before + run.acks.length * IMPORT_BATCH);
          expect(metas, `${where}: more than one unacknowledged import landed`).toBeLessThanOrEqual(
            before + (run.acks.length + 1) * IMPORT_BATCH,
          );
          if (metas > before + run.acks.length * IMPORT_BATCH) committedUnacked++;

          // Every entry decrypts, and each of the 30 titles appears once per import.
          const listed = await v.call('entries.list', { page: { offset: 0, limit: 1 } });
          expect(listed.damaged, where).toEqual([]);
          expect(listed.total, where).toBe(metas);
          const all = v.core.journal.allSummaries();
          expect(all.length, where).toBe(metas);
          const perTitle = new Map<string, number>();
          for (const e of all) perTitle.set(e.title, (perTitle.get(e.title) ?? 0) + 1);
          const imports = metas / IMPORT_BATCH;
          expect([...perTitle.keys()].sort(), where).toEqual(
            imports ? Array.from({ length: IMPORT_BATCH }, (_, i) => titleOf(i)).sort() : [],
          );
          for (const [title, n] of perTitle) expect(n, `${where}: ${title}`).toBe(imports);
          // Bodies too (a sample: the first and last listed).
          for (const e of [all[0], all.at(-1)].filter((x) => x !== undefined)) {
            expect((await v.call('entries.get', { id: e.id })).body, where).toContain('helped a little more');
          }
          await v.call('vault.lock', {});
          entries = metas;
        } finally {
          await v.close();
        }
        acknowledged += run.acks.length;
        survived++;
      },
    });

    expect(survived).toBe(KILLS);
    expect(acknowledged, 'no import was ever acknowledged: the kills came too early to prove anything').toBeGreaterThan(0);
    return `imports ${survived} kills survived, ${acknowledged} acknowledged imports verified (${acknowledged * IMPORT_BATCH} entries), ${committedUnacked} committed just before the kill without an ACK, ${resets} resets to the pristine vault; integrity_check ok every time`;
  } finally {
    removeDir(root);
  }
}
