import type { Db } from './open';

export interface Migration {
  /** Numbers only go up; user_version records the last one applied. */
  version: number;
  name: string;
  up(db: Db): void;
}

export interface MigrateOptions {
  /** Called with a path-free hint before any migration of an existing file; must finish a full copy. */
  backup?: (fromVersion: number, toVersion: number) => Promise<void>;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export function assertOrdered(migrations: readonly Migration[]): void {
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migration ${m.name} has version ${m.version}, expected ${i + 1}`);
  });
}

/**
 * Applies each pending migration in its own transaction (schema change and user_version together,
 * so a crash leaves the file at a whole version). Existing files are backed up first with SQLite's
 * backup API. A file newer than this app is refused rather than touched.
 */
export async function migrate(db: Db, migrations: readonly Migration[], opts: MigrateOptions = {}): Promise<{ from: number; to: number }> {
  assertOrdered(migrations);
  const from = schemaVersion(db);
  const to = migrations.length;
  if (from > to) throw new Error(`This file was written by a newer version of Mend (schema ${from}; this version knows ${to}).`);
  if (from === to) return { from, to };
  if (from > 0 && opts.backup) await opts.backup(from, to);
  for (const m of migrations.slice(from)) {
    db.transaction(() => {
      m.up(db);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
  return { from, to };
}
