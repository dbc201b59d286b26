/**
 * SIGKILL during backups. A child makes manual backups (backup.create) one after another and is
 * killed at a random moment, mostly in the middle of SQLite's page-by-page copy. After every kill:
 * the vault opens and passes integrity_check; every file in backups/<vaultId>/ with a real backup
 * name opens read-only, passes integrity_check, has a readable header of this vault and holds every
 * record (half-written copies may exist only as dot-named `.partial` files); every acknowledged
 * backup is there, opens with the passphrase, and there are at least as many complete manual
 * backups as were acknowledged.
 */
import { readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { backupsDir, vaultPath } from '../../../electron/core/vault/paths';
import { makeTempDir, removeDir } from '../helpers/core';
import { checkBackupDir, integrity, KILLS, killLoop, openCore, passphraseOpens, rng, withDb } from './harness';
import { dayOneExport, LABEL, PASSPHRASES } from './shared';

/** Enough entries that a copy takes several steps of SQLite's backup API. */
const SEED_ENTRIES = 200;

const recordCount = (db: import('better-sqlite3').Database): number =>
  (db.prepare('SELECT count(*) AS n FROM records').get() as { n: number }).n;

export async function backupsUnderFire(): Promise<string> {
  const root = makeTempDir('mend-faults-backup-');
  try {
    const dataDir = join(root, 'data');
    const dayOne = join(root, 'Journal.json');
    writeFileSync(dayOne, dayOneExport(SEED_ENTRIES));
    // Seeded through the real import, with a core whose open dialog hands out the file.
    const setup = await openCore(dataDir, undefined, { name: 'Journal.json', data: new Uint8Array(readFileSync(dayOne)) });
    const { vaultId } = await setup.call('vault.create', { label: LABEL, passphrase: PASSPHRASES[0] });
    expect(await setup.call('import.run', { jobId: 'seed-backup-vault', source: 'dayone' })).toMatchObject({ imported: SEED_ENTRIES });
    await setup.call('vault.lock', {});
    await setup.close();

    const file = vaultPath(dataDir, vaultId);
    const dir = backupsDir(dataDir, vaultId);
    const random = rng(2);
    let acknowledged = 0;
    let completeManual = 0;
    let midCopy = 0;
    let roundStart = 0;
    let survived = 0;
    let bytes = 0;

    await killLoop({
      rounds: KILLS,
      mode: 'backup',
      args: [dataDir, vaultId],
      before: () => {
        roundStart = Date.now();
      },
      go: () => ({ pass: 0, firstN: 0 }),
      plan: (round) => (round % 3 === 2 ? { afterAcks: random(1, 4), delayMs: random(0, 30) } : { afterAcks: 0, delayMs: random(5, 400) }),
      verify: async (run, round) => {
        const where = `after kill ${round + 1}`;
        const { records, size } = withDb(file, (db) => {
          expect(integrity(db), where).toBe('ok');
          return {
            records: recordCount(db),
            size: (db.pragma('page_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number),
          };
        });
        bytes = size;

        const acked = run.acks.map((line) => {
          const m = /^ACK backup (\S+)$/.exec(line);
          expect(m, `${where}: ${line}`).not.toBeNull();
          return m![1]!;
        });
        // Nothing writes to the vault while it is being backed up: each copy holds every record.
        const report = checkBackupDir(dir, vaultId, (db, name) => {
          expect(recordCount(db), `${where}: ${name}`).toBe(records);
        });
        const manual = report.complete.filter((n) => n.startsWith('manual-'));
        for (const name of acked) expect(manual, `${where}: acknowledged backup missing`).toContain(name);
        expect(manual.length, where).toBeGreaterThanOrEqual(acked.length);
        // At most the one the kill interrupted after its rename.
        expect(manual.length, where).toBeLessThanOrEqual(acked.length + 1);
        // A backup is a vault: the passphrase of the time opens it (checked on the last one acknowledged).
        if (acked.length) {
          const last = acked.at(-1)!;
          expect(
            withDb(join(dir, last), (db) => passphraseOpens(db, PASSPHRASES[0]), true),
            `${where}: ${last}`,
          ).toBe(true);
        }

        // And the vault itself still unlocks and reads.
        const v = await openCore(dataDir);
        try {
          await v.call('vault.unlock', { vaultId, passphrase: PASSPHRASES[0] });
          const listed = await v.call('entries.list', { page: { offset: 0, limit: 1 } });
          expect(listed.total, where).toBe(SEED_ENTRIES);
          expect(listed.damaged, where).toEqual([]);
          await v.call('vault.lock', {});
        } finally {
          await v.close();
        }

        acknowledged += acked.length;
        completeManual += manual.length;
        // Did this kill land inside a copy? Then a .partial was written during this run (earlier ones may linger).
        // (The checking core's unlock may already have swept it away: stale partials are removed on unlock.)
        if (report.partial.some((n) => n.endsWith('.partial') && (statSync(join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0) >= roundStart - 50)) midCopy++;
        // Start the next round with no manual backups, so the count above is this run's alone.
        for (const name of manual) unlinkSync(join(dir, name));
        survived++;
      },
    });

    expect(survived).toBe(KILLS);
    expect(acknowledged, 'no backup was ever acknowledged').toBeGreaterThan(0);
    rmSync(dir, { recursive: true, force: true });
    return `backups ${survived} kills survived, ${acknowledged} acknowledged backups verified (${completeManual} complete manual copies of a ${Math.round(bytes / 1024)} KiB vault), ${midCopy} kills landed inside a copy (left only as a .partial file); integrity_check ok every time`;
  } finally {
    removeDir(root);
  }
}
