/**
 * Schema migrations on real files: fresh files get the whole schema, strict tables and the durable
 * pragmas; existing files are backed up (SQLite backup API) before being upgraded; a newer file is
 * refused untouched; a failing migration leaves the file at its old version.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { assertOrdered, migrate, schemaVersion, type Migration } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { openDatabase, type Db } from '../../../electron/core/db/open';
import { backupsDir, vaultPath } from '../../../electron/core/vault/paths';
import { createLockedVault, fails, makeCore, makeTempDir, ok, PASS_A, removeDir, type CoreHarness } from '../helpers/core';

const dirs: string[] = [];
const harnesses: CoreHarness[] = [];
afterEach(async () => {
  for (const h of harnesses.splice(0)) await h.cleanup();
  for (const d of dirs.splice(0)) removeDir(d);
});
function tempFile(name = 'test.mend'): string {
  const dir = makeTempDir('mend-migrate-');
  dirs.push(dir);
  return join(dir, name);
}
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const tables = (db: Db) =>
  db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as {
    name: string;
    sql: string;
  }[];

/** A test-only second migration, appended to the real list. */
const m0002Test: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-notes',
  up(db) {
    db.exec('CREATE TABLE test_notes (id TEXT PRIMARY KEY, n INTEGER NOT NULL) STRICT');
  },
};
const failing: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-failing',
  up(db) {
    db.exec('CREATE TABLE half_done (id INTEGER) STRICT');
    db.exec("INSERT INTO records (id, type, rev, envelope) VALUES ('ghost', 'x', 1, x'00')");
    throw new Error('migration failed halfway');
  },
};

describe('a fresh vault file', () => {
  it('has every migration applied, strict tables and the durable pragmas', async () => {
    const h = await makeCore();
    harnesses.push(h);
    const { vaultId } = await ok(h.core, 'vault.create', { label: 'Fresh', passphrase: PASS_A });

    const live = h.core.vaults.requireSession().db;
    expect(live.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(live.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(live.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(live.pragma('secure_delete', { simple: true })).toBe(1);
    expect(live.pragma('temp_store', { simple: true })).toBe(2); // MEMORY
    await ok(h.core, 'vault.lock', {});

    const db = new Database(vaultPath(h.dataDir, vaultId), { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      // WAL is a property of the file, not just of our connection.
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const t = tables(db);
      expect(t.map((x) => x.name)).toEqual(expect.arrayContaining(['records', 'vault_header']));
      for (const { name, sql } of t) expect(sql, name).toMatch(/\)\s*STRICT\s*$/);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
    // No backup for a brand-new file: there was nothing to lose.
    const backups = existsSync(backupsDir(h.dataDir, vaultId)) ? readdirSync(backupsDir(h.dataDir, vaultId)) : [];
    expect(backups.filter((f) => f.includes('migration'))).toEqual([]);
  });

  it('openDatabase gives every connection the same settings', () => {
    const db = openDatabase(tempFile());
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('temp_store', { simple: true })).toBe(2);
    } finally {
      db.close();
    }
  });
});

describe('each migration on a real file', () => {
  it.each(MIGRATIONS.map((m) => [m.name, m] as const))('%s applies on top of the ones before it, in one step', async (_, m) => {
    const path = tempFile();
    const db = openDatabase(path);
    try {
      await migrate(db, MIGRATIONS.slice(0, m.version - 1));
      const before = tables(db).map((t) => t.name);
      expect(schemaVersion(db)).toBe(m.version - 1);
      expect(await migrate(db, MIGRATIONS.slice(0, m.version))).toEqual({ from: m.version - 1, to: m.version });
      expect(schemaVersion(db)).toBe(m.version);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      for (const t of tables(db)) expect(t.sql, t.name).toMatch(/STRICT\s*$/);
      expect(tables(db).length).toBeGreaterThanOrEqual(before.length);
      // Running it again is a no-op.
      expect(await migrate(db, MIGRATIONS.slice(0, m.version))).toEqual({ from: m.version, to: m.version });
    } finally {
      db.close();
    }
  });

  it('0001-vault: header and records tables with their constraints', async () => {
    const db = openDatabase(tempFile());
    try {
      await migrate(db, MIGRATIONS.slice(0, 1));
      expect(tables(db).map((t) => t.name)).toEqual(['records', 'vault_header']);
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL").all();
      expect(indexes).toEqual([{ name: 'records_by_type' }]);
      const header = db.prepare(
        "INSERT INTO vault_header (id, vault_id, label, format, kdf, passphrase_slot, recovery_salt, recovery_slot) VALUES (?, 'v', 'l', 1, '{}', x'01', x'02', x'03')",
      );
      header.run(1);
      // Only one header row.
      expect(() => header.run(2)).toThrow(/CHECK/);
      expect(db.prepare('SELECT failed_unlocks, last_failed_at FROM vault_header').get()).toEqual({
        failed_unlocks: 0,
        last_failed_at: null,
      });
      // STRICT: no silent type changes.
      expect(() => db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('a', 't', 'one', x'00')").run()).toThrow(
        /cannot store TEXT value in INTEGER/,
      );
      expect(() => db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('a', 't', 1, 'text')").run()).toThrow(
        /cannot store TEXT value in BLOB/,
      );
      expect(() => db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('a', 't', 0, x'00')").run()).toThrow(/CHECK/);
      db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('a', 't', 1, x'00')").run();
      expect(() => db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('a', 't', 2, x'00')").run()).toThrow(/UNIQUE/);
    } finally {
      db.close();
    }
  });

  it('0002: revisions of a type are read from the index alone, without touching the table', async () => {
    const db = openDatabase(tempFile());
    try {
      await migrate(db, MIGRATIONS.slice(0, 2));
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'records' AND sql IS NOT NULL").all();
      expect(indexes).toEqual([{ name: 'records_by_type_id_rev' }]);
      const plan = db.prepare('EXPLAIN QUERY PLAN SELECT id, rev FROM records WHERE type = ?').all('entry') as { detail: string }[];
      expect(plan.map((p) => p.detail).join(' ')).toMatch(/COVERING INDEX records_by_type_id_rev/);
    } finally {
      db.close();
    }
  });
});

describe('upgrading an existing file', () => {
  it('migrate() calls the backup first; a backup made with the SQLite backup API opens at the old version', async () => {
    const path = tempFile();
    const backupPath = tempFile('backup.mend');
    const db = openDatabase(path);
    try {
      await migrate(db, MIGRATIONS);
      db.prepare("INSERT INTO records (id, type, rev, envelope) VALUES ('keep', 't', 1, x'0102')").run();
      const calls: [number, number][] = [];
      const result = await migrate(db, [...MIGRATIONS, m0002Test], {
        backup: async (from, to) => {
          calls.push([from, to]);
          // At this point nothing has been migrated yet.
          expect(schemaVersion(db)).toBe(MIGRATIONS.length);
          await db.backup(backupPath);
        },
      });
      expect(result).toEqual({ from: MIGRATIONS.length, to: MIGRATIONS.length + 1 });
      expect(calls).toEqual([[MIGRATIONS.length, MIGRATIONS.length + 1]]);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    } finally {
      db.close();
    }
    const backup = new Database(backupPath, { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(tables(backup).map((t) => t.name)).not.toContain('test_notes');
      expect(backup.prepare("SELECT id FROM records WHERE id = 'keep'").get()).toEqual({ id: 'keep' });
    } finally {
      backup.close();
    }
  });

  it('migrate() makes no backup of a brand-new (version 0) file', async () => {
    const db = openDatabase(tempFile());
    let called = false;
    try {
      await migrate(db, MIGRATIONS, {
        backup: async () => {
          called = true;
        },
      });
    } finally {
      db.close();
    }
    expect(called).toBe(false);
  });

  it('unlocking a vault that needs a migration backs it up first, then upgrades it, and it still opens', async () => {
    const dataDir = join(makeTempDir(), 'data');
    dirs.push(join(dataDir, '..'));
    const old = await makeCore({ dataDir });
    harnesses.push(old);
    const { vaultId } = await createLockedVault(old.core);
    await ok(old.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    old.core.vaults.requireSession().store.put('note', 'n1', { text: 'written before the upgrade' });
    await old.cleanup();

    const newer = await makeCore({ dataDir, migrations: [...MIGRATIONS, m0002Test] });
    harnesses.push(newer);
    await ok(newer.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect(newer.core.vaults.requireSession().store.get('note', 'n1')?.value).toEqual({ text: 'written before the upgrade' });
    expect(schemaVersion(newer.core.vaults.requireSession().db)).toBe(MIGRATIONS.length + 1);
    await ok(newer.core, 'vault.lock', {});

    const dir = backupsDir(dataDir, vaultId);
    const migrationBackups = readdirSync(dir).filter((f) => f.includes('migration') && f.endsWith('.mend'));
    expect(migrationBackups, readdirSync(dir).join(', ')).toHaveLength(1);
    const backup = new Database(join(dir, migrationBackups[0]!), { readonly: true });
    try {
      expect(backup.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect((backup.prepare("SELECT count(*) AS n FROM records WHERE id = 'n1'").get() as { n: number }).n).toBe(1);
    } finally {
      backup.close();
    }
    // A second unlock needs no migration and makes no second migration backup.
    await ok(newer.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    await ok(newer.core, 'vault.lock', {});
    expect(readdirSync(dir).filter((f) => f.includes('migration') && f.endsWith('.mend'))).toHaveLength(1);
  });

  it('a file with a user_version higher than known is refused without modification', async () => {
    const path = tempFile();
    const setup = openDatabase(path);
    await migrate(setup, MIGRATIONS);
    setup.pragma(`user_version = ${MIGRATIONS.length + 5}`);
    setup.close();
    const before = sha(path);

    const db = openDatabase(path);
    let backedUp = false;
    try {
      await expect(
        migrate(db, MIGRATIONS, {
          backup: async () => {
            backedUp = true;
          },
        }),
      ).rejects.toThrow(/newer version of Mend/);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length + 5);
    } finally {
      db.close();
    }
    expect(backedUp).toBe(false);
    expect(sha(path)).toBe(before);
  });

  it('a migration that throws leaves the file at its old version (the migration is one transaction)', async () => {
    const path = tempFile();
    const db = openDatabase(path);
    try {
      await migrate(db, MIGRATIONS);
      await expect(migrate(db, [...MIGRATIONS, failing])).rejects.toThrow('migration failed halfway');
      expect(schemaVersion(db)).toBe(MIGRATIONS.length);
      expect(tables(db).map((t) => t.name)).not.toContain('half_done');
      expect(db.prepare("SELECT count(*) AS n FROM records WHERE id = 'ghost'").get()).toEqual({ n: 0 });
      // And the good version of the same step still applies afterwards.
      await migrate(db, [...MIGRATIONS, m0002Test]);
      expect(schemaVersion(db)).toBe(MIGRATIONS.length + 1);
    } finally {
      db.close();
    }
  });

  it('through the service, a failing migration refuses to unlock and leaves the vault openable by this version', async () => {
    const dataDir = join(makeTempDir(), 'data');
    dirs.push(join(dataDir, '..'));
    const first = await makeCore({ dataDir });
    harnesses.push(first);
    const { vaultId } = await createLockedVault(first.core);
    await first.cleanup();

    const broken = await makeCore({ dataDir, migrations: [...MIGRATIONS, failing] });
    harnesses.push(broken);
    const e = await fails(broken.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
    expect(e.code).not.toBe('wrong_passphrase');
    expect((await ok(broken.core, 'vault.status', {})).state).toBe('locked');
    await broken.cleanup();

    const again = await makeCore({ dataDir });
    harnesses.push(again);
    expect(await ok(again.core, 'vault.unlock', { vaultId, passphrase: PASS_A })).toMatchObject({ state: 'unlocked' });
    expect(schemaVersion(again.core.vaults.requireSession().db)).toBe(MIGRATIONS.length);
  });

  it('migration lists must be numbered 1, 2, 3, ...', () => {
    expect(() => assertOrdered(MIGRATIONS)).not.toThrow();
    expect(() =>
      assertOrdered([
        { ...m0002Test, version: 1 },
        { ...m0002Test, version: 3 },
      ]),
    ).toThrow(/expected 2/);
    expect(() => assertOrdered([{ ...m0002Test, version: 2 }])).toThrow(/expected 1/);
  });
});
