import { closeSync, existsSync, openSync, readSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { MendError } from '../../../shared/errors';
import type { LockReason, VaultSettings, VaultStatus, VaultSummary } from '../../../shared/contract';
import { assessPassphrase } from '../../../shared/passphrase';
import { decodeRecoveryKey, encodeRecoveryKey, RECOVERY_KEY_BYTES } from '../../../shared/recovery-key';
import { createRecordCipher, unwrapKey, wrapKey } from '../crypto/envelope';
import { newKdfParams, passphraseBytes, type Kdf, type KdfParams } from '../crypto/kdf';
import type { Sodium } from '../crypto/sodium';
import { migrate, schemaVersion, type Migration } from '../db/migrate';
import { MIGRATIONS } from '../db/migrations';
import { openDatabase, type Db } from '../db/open';
import type { EventHub } from '../events';
import { randomId } from '../ids';
import type { Clock } from '../ports';
import { DamagedRecordError } from '../crypto/envelope';
import { insertHeader, readHeader, unreadable, recordFailedUnlock, replacePassphraseSlot, replaceRecoverySlot, resetFailedUnlocks, type VaultHeader } from './header';
import { backupStamp, backupsDir, creatingPath, ensureDir, listVaultIds, syncDir, vaultPath, vaultsDir } from './paths';
import { Session } from './session';
import { passphrasePurpose, recoveryKek, recoveryPurpose } from './slots';
import { delayAfter, describeWait, retryAfterMs } from './throttle';
import { randomBytes } from '../crypto/random';

export interface VaultServiceOptions {
  dataDir: string;
  sodium: Sodium;
  kdf: Kdf;
  kdfCost: { opslimit: number; memlimit: number };
  clock: Clock;
  events: EventHub;
  nativeBinding?: string;
  /** How long a requested lock waits for the renderer to flush its editor. */
  lockGraceMs?: number;
  /** The schema to bring files to. Always MIGRATIONS in the app; tests pass a longer list to exercise upgrades. */
  migrations?: readonly Migration[];
}

const SETTINGS_TYPE = 'settings';
const SETTINGS_ID = 'settings';
export const DEFAULT_SETTINGS: VaultSettings = { idleLockMinutes: 10, backupsToKeep: 7, calmStartScript: '' };

const SQLITE_MAGIC = 'SQLite format 3\0';

/**
 * Is this, at first glance, a SQLite file? Checked before SQLite opens it for writing: opening an
 * empty or foreign file read-write would turn it into a database (and then give it our schema),
 * changing a damaged vault the person may still want to restore or send to someone for help.
 */
function looksLikeSqlite(path: string): boolean {
  const head = Buffer.alloc(100);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    return readSync(fd, head, 0, 100, 0) === 100 && head.toString('latin1', 0, 16) === SQLITE_MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}


export class VaultService {
  private session: Session | null = null;
  private lastLockReason: LockReason | null = null;
  private pendingLock: { reason: LockReason; timer: ReturnType<Clock['setTimeout']> } | null = null;
  private readonly lockHooks = new Set<() => void>();
  private readonly unlockHooks = new Set<(s: Session) => void>();
  /** Vault operations run one at a time: a double-clicked unlock must not open two sessions. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly o: VaultServiceOptions) {}

  // ---- reading state -------------------------------------------------------------------------

  list(): VaultSummary[] {
    return listVaultIds(this.o.dataDir).map((id) => {
      if (this.session?.vaultId === id) return { id, label: this.session.label, problem: null };
      let db: Db | null = null;
      try {
        db = openDatabase(vaultPath(this.o.dataDir, id), { readonly: true, nativeBinding: this.o.nativeBinding });
        return { id, label: readHeader(db).label, problem: null };
      } catch {
        return { id, label: 'A journal that cannot be read', problem: 'unreadable' as const };
      } finally {
        db?.close();
      }
    });
  }

  status(): VaultStatus {
    const s = this.session;
    if (!s) return { state: 'locked', lastLockReason: this.lastLockReason };
    return { state: 'unlocked', vaultId: s.vaultId, label: s.label, needsNewPassphrase: s.needsNewPassphrase };
  }

  isUnlocked(): boolean {
    return this.session !== null;
  }

  /** For feature services: the open session, or a clear "locked" error. */
  requireSession(): Session {
    const s = this.session;
    if (!s) throw new MendError('locked', 'Your journal is locked. Unlock it to continue.');
    if (s.needsNewPassphrase) throw new MendError('locked', 'Choose a new passphrase first.');
    return s;
  }

  /** Feature services register here to drop decrypted caches when the vault locks. */
  onLock(hook: () => void): () => void {
    this.lockHooks.add(hook);
    return () => this.lockHooks.delete(hook);
  }

  /** Feature services register here for work that needs the vault key right after unlock. */
  onUnlock(hook: (s: Session) => void): () => void {
    this.unlockHooks.add(hook);
    return () => this.unlockHooks.delete(hook);
  }

  // ---- create / unlock -----------------------------------------------------------------------

  create(label: string, passphrase: string): Promise<{ vaultId: string; recoveryKey: string }> {
    return this.serial(async () => {
      if (this.session) throw new MendError('already_unlocked', 'Lock the open journal before creating another.');
      this.requireStrong(passphrase, [label]);
      const { sodium } = this.o;
      const vaultId = randomId();
      const kdf = newKdfParams(sodium, this.o.kdfCost);
      const kek = await this.o.kdf.derive(passphraseBytes(passphrase), kdf);
      const vaultKey = randomBytes(32);
      const recoveryBytes = randomBytes(RECOVERY_KEY_BYTES);
      const recoverySalt = randomBytes(16);
      const recoveryKek = this.recoveryKek(vaultId, recoveryBytes, recoverySalt);
      try {
        ensureDir(vaultsDir(this.o.dataDir));
        const tmp = creatingPath(this.o.dataDir, vaultId);
        const db = openDatabase(tmp, { nativeBinding: this.o.nativeBinding });
        try {
          await migrate(db, this.migrations());
          insertHeader(db, {
            vaultId,
            label: label.trim(),
            kdf,
            passphraseSlot: wrapKey(sodium, kek, vaultKey, passphrasePurpose(vaultId)),
            recoverySalt,
            recoverySlot: wrapKey(sodium, recoveryKek, vaultKey, recoveryPurpose(vaultId)),
          });
          db.pragma('wal_checkpoint(TRUNCATE)');
        } finally {
          db.close();
        }
        // Only a complete vault gets a real name, so a crash here never leaves half a vault listed.
        renameSync(tmp, vaultPath(this.o.dataDir, vaultId));
        syncDir(vaultsDir(this.o.dataDir));
        for (const ext of ['-wal', '-shm']) rmSync(tmp + ext, { force: true });
        const finalDb = openDatabase(vaultPath(this.o.dataDir, vaultId), { mustExist: true, nativeBinding: this.o.nativeBinding });
        this.startSession(finalDb, vaultId, label.trim(), vaultKey, false);
        return { vaultId, recoveryKey: encodeRecoveryKey(recoveryBytes) };
      } catch (e) {
        const tmp = creatingPath(this.o.dataDir, vaultId);
        for (const ext of ['', '-wal', '-shm']) rmSync(tmp + ext, { force: true });
        throw e;
      } finally {
        for (const b of [kek, vaultKey, recoveryBytes, recoveryKek]) sodium.memzero(b);
      }
    });
  }

  unlock(vaultId: string, passphrase: string): Promise<VaultStatus> {
    return this.serial(async () => {
      if (this.session) throw new MendError('already_unlocked', 'A journal is already open. Lock it first.');
      const db = await this.openVaultFile(vaultId);
      try {
        const header = readHeader(db);
        const now = this.o.clock.now();
        const wait = retryAfterMs(header.failedUnlocks, header.lastFailedAt, now);
        if (wait > 0) {
          throw new MendError('throttled', `Too many attempts. Please wait ${describeWait(wait)} before trying again.`, { retryAfterMs: wait });
        }
        const kek = await this.o.kdf.derive(passphraseBytes(passphrase), header.kdf);
        const vaultKey = unwrapKey(this.o.sodium, kek, header.passphraseSlot, passphrasePurpose(header.vaultId));
        this.o.sodium.memzero(kek);
        if (!vaultKey) {
          const failures = recordFailedUnlock(db, this.o.clock.now());
          const nextWait = delayAfter(failures);
          const message =
            nextWait > 0
              ? `That passphrase did not open this journal. To keep it safe, the next try can be made in ${describeWait(nextWait)}. If you have forgotten it, use your recovery key.`
              : 'That passphrase did not open this journal. Check Caps Lock and try again.';
          throw new MendError('wrong_passphrase', message, { failures, retryAfterMs: nextWait });
        }
        resetFailedUnlocks(db);
        this.startSession(db, header.vaultId, header.label, vaultKey, false);
        this.o.sodium.memzero(vaultKey);
        return this.status();
      } catch (e) {
        if (!this.session && db.open) db.close();
        throw e;
      }
    });
  }

  unlockWithRecoveryKey(vaultId: string, recoveryKeyText: string): Promise<VaultStatus> {
    return this.serial(async () => {
      if (this.session) throw new MendError('already_unlocked', 'A journal is already open. Lock it first.');
      const bytes = decodeRecoveryKey(recoveryKeyText);
      if (!bytes) throw new MendError('wrong_recovery_key', 'A recovery key is 32 letters and digits in eight groups of four. Please check it and try again.');
      const db = await this.openVaultFile(vaultId);
      try {
        const header = readHeader(db);
        const kek = this.recoveryKek(header.vaultId, bytes, header.recoverySalt);
        const vaultKey = unwrapKey(this.o.sodium, kek, header.recoverySlot, recoveryPurpose(header.vaultId));
        this.o.sodium.memzero(kek);
        this.o.sodium.memzero(bytes);
        if (!vaultKey) throw new MendError('wrong_recovery_key', 'That recovery key does not open this journal. Check each group and try again.');
        this.startSession(db, header.vaultId, header.label, vaultKey, true);
        this.o.sodium.memzero(vaultKey);
        return this.status();
      } catch (e) {
        if (!this.session && db.open) db.close();
        throw e;
      }
    });
  }

  /** Only after a recovery-key unlock: the person proved they hold the vault key another way. */
  setNewPassphrase(passphrase: string): Promise<VaultStatus> {
    return this.serial(async () => {
      const s = this.session;
      if (!s) throw new MendError('locked', 'Your journal is locked. Unlock it to continue.');
      if (!s.needsNewPassphrase) throw new MendError('invalid_input', 'Use "Change passphrase" in Settings; it asks for your current passphrase.');
      this.requireStrong(passphrase, [s.label]);
      await this.rewrapPassphrase(s, passphrase);
      s.needsNewPassphrase = false;
      return this.status();
    });
  }

  changePassphrase(current: string, next: string): Promise<null> {
    return this.serial(async () => {
      const s = this.requireSession();
      // verifyPassphrase hands back a copy of the vault key; only the check is needed here.
      this.o.sodium.memzero(await this.verifyPassphrase(s, current));
      this.requireStrong(next, [s.label]);
      await this.rewrapPassphrase(s, next);
      return null;
    });
  }

  regenerateRecoveryKey(passphrase: string): Promise<{ recoveryKey: string }> {
    return this.serial(async () => {
      const s = this.requireSession();
      const vaultKey = await this.verifyPassphrase(s, passphrase);
      const { sodium } = this.o;
      const bytes = randomBytes(RECOVERY_KEY_BYTES);
      const salt = randomBytes(16);
      const kek = this.recoveryKek(s.vaultId, bytes, salt);
      try {
        // Replacing the slot is what makes the old key stop working.
        replaceRecoverySlot(s.db, salt, wrapKey(sodium, kek, vaultKey, recoveryPurpose(s.vaultId)));
        return { recoveryKey: encodeRecoveryKey(bytes) };
      } finally {
        for (const b of [vaultKey, bytes, kek]) sodium.memzero(b);
      }
    });
  }

  // ---- lock ----------------------------------------------------------------------------------

  /** Locks now: zeroes the key, closes the file, tells features and the renderer to drop caches. */
  lock(reason: LockReason = 'manual'): VaultStatus {
    const s = this.session;
    const pending = this.pendingLock;
    if (pending) {
      this.o.clock.clearTimeout(pending.timer);
      this.pendingLock = null;
      // The renderer answering a lock request keeps the original reason (e.g. idle, suspend).
      if (reason === 'manual') reason = pending.reason;
    }
    if (!s) return this.status();
    this.session = null;
    if (s.idleTimer) this.o.clock.clearTimeout(s.idleTimer);
    for (const hook of this.lockHooks) {
      try {
        hook();
      } catch {
        // A feature failing to drop its cache must not keep the vault open.
      }
    }
    s.close();
    this.lastLockReason = reason;
    this.o.events.emit({ type: 'vault.locked', reason });
    return this.status();
  }

  /**
   * Asks the renderer to flush its editor and lock; locks anyway after a grace period. Used for
   * idle, OS lock screen, suspend and quit, where the request does not come from the renderer.
   */
  requestLock(reason: LockReason): void {
    if (!this.session || this.pendingLock) return;
    const timer = this.o.clock.setTimeout(() => this.lock(reason), this.o.lockGraceMs ?? 2000);
    this.pendingLock = { reason, timer };
    this.o.events.emit({ type: 'vault.lockRequested', reason });
  }

  touch(): void {
    if (this.session) this.session.lastActivity = this.o.clock.now();
  }

  getSettings(): VaultSettings {
    const s = this.requireSession();
    return this.readSettings(s);
  }

  updateSettings(patch: Partial<VaultSettings>): VaultSettings {
    const s = this.requireSession();
    let current: VaultSettings;
    try {
      current = this.readSettings(s);
    } catch (e) {
      // A damaged settings record must not block the way to repair it: start again from defaults.
      if (!(e instanceof DamagedRecordError)) throw e;
      current = DEFAULT_SETTINGS;
    }
    const next = { ...current, ...patch };
    s.store.put(SETTINGS_TYPE, SETTINGS_ID, next);
    this.scheduleIdleCheck(s);
    return next;
  }

  async close(): Promise<void> {
    this.lock('quit');
    await this.queue.catch(() => {});
    // An operation that was already running (an unlock waiting for its key) may have opened a
    // session after the first lock; it must not outlive the core.
    this.lock('quit');
  }

  // ---- internals -----------------------------------------------------------------------------

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.queue.then(fn, fn);
    this.queue = run.catch(() => {});
    return run;
  }

  private requireStrong(passphrase: string, context: string[]): void {
    const a = assessPassphrase(passphrase, context);
    if (!a.acceptable) throw new MendError('weak_passphrase', `Please choose a stronger passphrase. ${a.hint ?? ''}`.trim());
  }

  private recoveryKek(vaultId: string, keyBytes: Uint8Array, salt: Uint8Array): Uint8Array {
    return recoveryKek(this.o.sodium, vaultId, keyBytes, salt);
  }


  private migrations(): readonly Migration[] {
    return this.o.migrations ?? MIGRATIONS;
  }

  /** After an await: the session may have been locked meanwhile (idle, suspend, the person). */
  private assertStillOpen(s: Session): void {
    if (this.session !== s || !s.db.open) throw new MendError('locked', 'Your journal was locked before this could finish. Nothing was changed.');
  }

  private async openVaultFile(vaultId: string): Promise<Db> {
    const path = vaultPath(this.o.dataDir, vaultId);
    if (!existsSync(path)) throw new MendError('not_found', 'That journal is no longer on this computer.');
    if (!looksLikeSqlite(path)) throw unreadable();
    const db = openDatabase(path, { mustExist: true, nativeBinding: this.o.nativeBinding });
    try {
      // Every vault file is created at schema 1 or later; 0 means its start was lost. Migrating it
      // would write a fresh, empty schema into the damaged file.
      if (schemaVersion(db) === 0) throw unreadable();
      await migrate(db, this.migrations(), {
        backup: async (from) => {
          const dir = backupsDir(this.o.dataDir, vaultId);
          ensureDir(dir);
          // Named like every other backup (so it is listed and can be restored), and written under a
          // dot-name first: a crash mid-copy must not leave a half copy that looks like a backup.
          const base = `before-migration-${backupStamp(this.o.clock.now())}-v${from}`;
          let fileName = `${base}.mend`;
          for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `${base}-${n}.mend`;
          const tmp = join(dir, `.${fileName}.partial`);
          await db.backup(tmp);
          renameSync(tmp, join(dir, fileName));
        },
      });
      return db;
    } catch (e) {
      db.close();
      if (e instanceof MendError) throw e;
      if (e instanceof Error && /newer version of Mend/.test(e.message)) throw new MendError('vault_unreadable', e.message + ' Please update Mend.');
      throw e;
    }
  }

  private startSession(db: Db, vaultId: string, label: string, vaultKey: Uint8Array, needsNewPassphrase: boolean): void {
    const cipher = createRecordCipher(this.o.sodium, vaultKey);
    const s = new Session(vaultId, label, db, cipher, needsNewPassphrase, this.o.clock.now());
    this.session = s;
    this.lastLockReason = null;
    this.scheduleIdleCheck(s);
    for (const hook of this.unlockHooks) {
      try {
        hook(s);
      } catch {
        // Post-unlock upkeep (e.g. creating partner keys) is retried on first use; never block unlock.
      }
    }
  }

  /** For the backup service: how many automatic backups this vault keeps. */
  keepBackups(s: Session): number {
    try {
      return this.readSettings(s).backupsToKeep;
    } catch {
      return DEFAULT_SETTINGS.backupsToKeep;
    }
  }

  private readSettings(s: Session): VaultSettings {
    const rec = s.store.get<Partial<VaultSettings>>(SETTINGS_TYPE, SETTINGS_ID);
    return { ...DEFAULT_SETTINGS, ...(rec?.value ?? {}) };
  }

  private scheduleIdleCheck(s: Session): void {
    if (s.idleTimer) this.o.clock.clearTimeout(s.idleTimer);
    let idleMs: number;
    try {
      idleMs = this.readSettings(s).idleLockMinutes * 60_000;
    } catch {
      idleMs = DEFAULT_SETTINGS.idleLockMinutes * 60_000;
    }
    const due = s.lastActivity + idleMs;
    s.idleTimer = this.o.clock.setTimeout(() => {
      if (this.session !== s) return;
      s.idleTimer = null;
      if (this.o.clock.now() - s.lastActivity >= idleMs) this.requestLock('idle');
      else this.scheduleIdleCheck(s);
    }, Math.max(0, due - this.o.clock.now()));
  }

  /** Returns the vault key (caller wipes it) or throws wrong_passphrase. */
  private async verifyPassphrase(s: Session, passphrase: string): Promise<Uint8Array> {
    const header: VaultHeader = readHeader(s.db);
    const kek = await this.o.kdf.derive(passphraseBytes(passphrase), header.kdf);
    const key = unwrapKey(this.o.sodium, kek, header.passphraseSlot, passphrasePurpose(s.vaultId));
    this.o.sodium.memzero(kek);
    if (key && this.session !== s) this.o.sodium.memzero(key);
    this.assertStillOpen(s);
    if (!key) throw new MendError('wrong_passphrase', 'That is not your current passphrase. Nothing was changed.');
    return key;
  }

  private async rewrapPassphrase(s: Session, passphrase: string): Promise<void> {
    const { sodium } = this.o;
    const kdf: KdfParams = newKdfParams(sodium, this.o.kdfCost);
    const kek = await this.o.kdf.derive(passphraseBytes(passphrase), kdf);
    try {
      // After the await: the session (and with it the key) may be gone.
      this.assertStillOpen(s);
      const vaultKey = s.copyKey();
      try {
        replacePassphraseSlot(s.db, kdf, wrapKey(sodium, kek, vaultKey, passphrasePurpose(s.vaultId)));
      } finally {
        sodium.memzero(vaultKey);
      }
    } finally {
      sodium.memzero(kek);
    }
  }
}
