import type { Db } from '../db/open';
import type { RecordCipher } from '../crypto/envelope';
import { RecordStore } from '../records/store';
import type { TimerHandle } from '../ports';

/** Everything that exists only while a vault is unlocked. Dropped (and the key zeroed) on lock. */
export class Session {
  readonly store: RecordStore;
  lastActivity: number;
  idleTimer: TimerHandle | null = null;

  constructor(
    readonly vaultId: string,
    readonly label: string,
    readonly db: Db,
    private readonly cipher: RecordCipher,
    /** After a recovery-key unlock the person must set a new passphrase before anything else. */
    public needsNewPassphrase: boolean,
    now: number,
  ) {
    this.store = new RecordStore(db, cipher);
    this.lastActivity = now;
  }

  /** A copy of the vault key for re-wrapping it under a new passphrase or recovery key; caller wipes it. */
  copyKey(): Uint8Array {
    return this.cipher.withKey((k) => Uint8Array.from(k));
  }

  close(): void {
    this.cipher.wipe();
    if (this.db.open) {
      // Fold the WAL back into the main file so nothing lingers in -wal beside it.
      try {
        this.db.pragma('wal_checkpoint(TRUNCATE)');
      } catch {
        // A read-only or full disk must not stop the lock: the key is already gone.
      }
      this.db.close();
    }
  }
}
