import Database from 'better-sqlite3';

export type Db = Database.Database;

export interface OpenOptions {
  readonly?: boolean;
  /**
   * Path to a better_sqlite3.node built for the running runtime. The Electron app passes its own
   * build so the Node build in node_modules stays usable for tests (see scripts/electron-native.mjs).
   */
  nativeBinding?: string;
  /** Refuse to create the file: opening a vault that vanished must not make an empty one. */
  mustExist?: boolean;
}

/**
 * Every connection gets the same durability and privacy settings:
 * - WAL + synchronous=FULL: a save that returned survives power loss;
 * - secure_delete: deleted rows are overwritten, not left in free pages;
 * - temp_store=MEMORY: sorts and temp tables never spill to temp files.
 */
export function openDatabase(path: string, opts: OpenOptions = {}): Db {
  const db = new Database(path, {
    readonly: opts.readonly ?? false,
    fileMustExist: opts.mustExist ?? opts.readonly ?? false,
    ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
  });
  try {
    if (!opts.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('secure_delete = ON');
    db.pragma('temp_store = MEMORY');
    db.pragma('busy_timeout = 3000');
  } catch (e) {
    db.close();
    throw e;
  }
  return db;
}
