/**
 * SIGKILL during schema migrations. A vault made by this version (schema v1) is unlocked by a core
 * that knows two more, test-only migrations: unlocking backs the file up, then applies v2 (a table
 * filled with 25,000 rows in one statement) and v3 (a new column written on every row, and a
 * table). The child is killed at a random moment of that; each round starts again from a pristine
 * copy of the v1 file. After every kill:
 * - the file passes integrity_check and is at a whole version: v1, v2 or v3, with exactly the
 *   tables, rows and columns of that version and nothing of a later one (never in between);
 * - a version the child had not started is not there; an acknowledged unlock means v3;
 * - every file in the backups folder with a real backup name is a complete copy (the v1 file,
 *   every record) and half-written copies exist only as dot-named `.partial` files;
 * - the vault unlocks with the full migration list, ends at v3 and every entry reads.
 */
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { backupsDir, vaultPath } from '../../../electron/core/vault/paths';
import { makeTempDir, removeDir } from '../helpers/core';
import { checkBackupDir, integrity, KILLS, killLoop, openCore, rng, sidecars, withDb } from './harness';
import { dayOneExport, faultMigrations, FILLER_ROWS, IMPORT_BATCH, LABEL, PASSPHRASES } from './shared';
import type { Database } from 'better-sqlite3';

const V1 = MIGRATIONS.length;
const V2 = V1 + 1;
const V3 = V1 + 2;

const tableNames = (db: Database): string[] =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]
  ).map((t) => t.name);
const count = (db: Database, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

/** What a file at each version must hold, and nothing of a later version. */
function checkWholeVersion(db: Database, where: string, records: number): number {
  const v = db.pragma('user_version', { simple: true }) as number;
  expect([V1, V2, V3], `${where}: user_version ${v}`).toContain(v);
  const tables = tableNames(db);
  expect(tables.includes('fault_filler'), `${where}: v2's table at user_version ${v}`).toBe(v >= V2);
  expect(tables.includes('fault_done'), `${where}: v3's table at user_version ${v}`).toBe(v >= V3);
  if (v >= V2) {
    expect(count(db, 'SELECT count(*) AS n FROM fault_filler'), where).toBe(FILLER_ROWS);
    const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'fault_filler'").all() as {
      name: string;
    }[];
    expect(
      indexes.map((i) => i.name),
      where,
    ).toContain('fault_filler_pad');
    const columns = (db.prepare('SELECT name FROM pragma_table_info(?)').all('fault_filler') as { name: string }[]).map((c) => c.name);
    expect(columns.includes('twice'), `${where}: v3's column at user_version ${v}`).toBe(v >= V3);
    if (v >= V3) {
      expect(count(db, 'SELECT count(*) AS n FROM fault_filler WHERE twice = id * 2'), where).toBe(FILLER_ROWS);
      expect(count(db, 'SELECT rows AS n FROM fault_done WHERE id = 1'), where).toBe(FILLER_ROWS);
    }
  }
  expect(count(db, 'SELECT count(*) AS n FROM records'), `${where}: records`).toBe(records);
  return v;
}

export async function migrationsUnderFire(): Promise<string> {
  const root = makeTempDir('mend-faults-migrate-');
  try {
    const dataDir = join(root, 'data');
    const dayOne = join(root, 'Journal.json');
    writeFileSync(dayOne, dayOneExport(IMPORT_BATCH));
    // A v1 vault (this version's schema) with 30 entries, closed: the pristine copy every round starts from.
    const setup = await openCore(dataDir, undefined, { name: 'Journal.json', data: new Uint8Array(readFileSync(dayOne)) });
    const { vaultId } = await setup.call('vault.create', { label: LABEL, passphrase: PASSPHRASES[0] });
    expect(await setup.call('import.run', { jobId: 'seed-migrate-vault', source: 'dayone' })).toMatchObject({ imported: IMPORT_BATCH });
    await setup.call('vault.lock', {});
    await setup.close();
    const file = vaultPath(dataDir, vaultId);
    const dir = backupsDir(dataDir, vaultId);
    const pristine = join(root, 'pristine-v1.mend');
    copyFileSync(file, pristine);
    const records = withDb(pristine, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(V1);
      return count(db, 'SELECT count(*) AS n FROM records');
    });

    const random = rng(3);
    const landed = { beforeMigrating: 0, duringV2: 0, duringV3: 0, afterAck: 0 };
    const found = new Map<number, number>();
    let backupsChecked = 0;
    let backupsInterrupted = 0;
    let survived = 0;
    let unlockMs = 0;
    let backupMs = 0;

    await killLoop({
      rounds: KILLS,
      mode: 'migrate',
      args: [dataDir, vaultId],
      before: () => {
        for (const p of [file, ...sidecars(file)]) rmSync(p, { force: true });
        rmSync(dir, { recursive: true, force: true });
        copyFileSync(pristine, file);
      },
      go: () => ({ pass: 0, firstN: 0 }),
      // READY comes just before the unlock that backs up and migrates; how long that takes varies a
      // lot with the machine's load, so it is measured: the first run is killed right after unlock
      // returned, later ones at a random moment within it (at least 5–400 ms after READY), and every
      // third within its first moments, while the backup before migrating is being made.
      plan: (round) => {
        if (round === 0) return { afterAcks: 1, delayMs: 0 };
        if (round % 3 === 2) return { afterAcks: 0, delayMs: random(0, Math.max(25, backupMs)) };
        return { afterAcks: 0, delayMs: random(5, Math.max(400, Math.round(unlockMs * 1.2))) };
      },
      verify: async (run, round) => {
        const where = `after kill ${round + 1}`;
        const acked = run.acks.includes('ACK migrated');
        const started = run.lines.filter((l) => l.startsWith('MIGRATING ')).map((l) => Number(l.slice(10)));
        const at = (line: string): number | undefined => run.at[run.lines.indexOf(line)];
        const readyAt = at('READY') ?? 0;
        if (acked) unlockMs = at('ACK migrated')! - readyAt;
        if (started.includes(V2)) backupMs = at(`MIGRATING ${V2}`)! - readyAt;
        if (acked) landed.afterAck++;
        else if (started.includes(V3)) landed.duringV3++;
        else if (started.includes(V2)) landed.duringV2++;
        else landed.beforeMigrating++;

        const v = withDb(file, (db) => {
          expect(integrity(db), where).toBe('ok');
          return checkWholeVersion(db, where, records);
        });
        found.set(v, (found.get(v) ?? 0) + 1);
        if (acked) expect(v, `${where}: unlock returned, so every migration is in`).toBe(V3);
        if (!started.includes(V2)) expect(v, `${where}: v2 never started`).toBe(V1);
        if (!started.includes(V3)) expect(v, `${where}: v3 never started`).toBeLessThan(V3);

        // The backup made before migrating: complete (the v1 file, every record) if it has a real name.
        const report = checkBackupDir(dir, vaultId, (db, name) => {
          // Made before migrating: the old version. The automatic one after unlocking: the new one.
          const version = db.pragma('user_version', { simple: true });
          if (name.startsWith('before-migration-')) expect(version, `${where}: ${name}`).toBe(V1);
          if (name.startsWith('auto-')) expect(version, `${where}: ${name}`).toBe(V3);
          expect(count(db, 'SELECT count(*) AS n FROM records'), `${where}: ${name}`).toBe(records);
        });
        backupsChecked += report.complete.length;
        if (report.partial.some((n) => n.startsWith('.before-migration-') && n.endsWith('.partial'))) backupsInterrupted++;
        // Migrating started only after its backup was complete, and that backup is listed as one.
        if (started.length)
          expect(
            report.complete.filter((n) => n.startsWith('before-migration-')),
            where,
          ).toHaveLength(1);

        // The app starting again: unlocking finishes the migration, and every entry reads.
        const verifier = await openCore(dataDir, faultMigrations());
        try {
          await verifier.call('vault.unlock', { vaultId, passphrase: PASSPHRASES[0] });
          const listed = await verifier.call('entries.list', { page: { offset: 0, limit: 1 } });
          expect(listed.total, where).toBe(IMPORT_BATCH);
          expect(listed.damaged, where).toEqual([]);
          const one = await verifier.call('entries.get', { id: listed.items[0]!.id });
          expect(one.body, where).toContain('helped a little more');
          // backup.list shows the backup kept before the update.
          const items = await verifier.call('backup.list', { vaultId });
          expect(
            items.items.some((b) => b.kind === 'before-migration'),
            `${where}: ${items.items.map((b) => b.fileName).join(', ')}`,
          ).toBe(true);
          await verifier.call('vault.lock', {});
        } finally {
          await verifier.close();
        }
        withDb(file, (db) => expect(checkWholeVersion(db, `${where}, reopened`, records)).toBe(V3));
        survived++;
      },
    });

    expect(survived).toBe(KILLS);
    const versions = [...found]
      .sort(([a], [b]) => a - b)
      .map(([v, n]) => `v${v}×${n}`)
      .join(' ');
    return `migrations ${survived} kills survived (${landed.beforeMigrating} before migrating, ${landed.duringV2} during v${V2}, ${landed.duringV3} during v${V3}, ${landed.afterAck} after the unlock returned); file found at ${versions}, never in between; ${backupsChecked} backups with a real name all complete, ${backupsInterrupted} interrupted ones left only as .partial; integrity_check ok every time`;
  } finally {
    removeDir(root);
  }
}
