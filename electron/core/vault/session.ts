import type { Db } from '../db/open';
import type { RecordCipher } from '../crypto/envelope';
import { RecordStore } from '../records/store';
import type { TimerHandle } from '../ports';

/**
 * When the WAL is folded back into the main file. SQLite would otherwise do it inside whichever
 * commit crosses 1,000 WAL pages (every ~180 saves of a journal entry), turning that one save into
 * the slowest of all. Instead it happens between saves: a second after writes, or on the next turn
 * of the event loop once this many records were written since the last one. Keeping the WAL small
 * matters too: a checkpointed WAL is reused from its start, while a growing one makes commits pay
 * for extending the file (the slowest saves measured were exactly those). Durability does not
 * depend on any of this: a commit is durable in the WAL.
 */
const CHECKPOINT_AFTER_MS = 1000;
const CHECKPOINT_AFTER_WRITES = 100;

/** Everything that exists only while a vault is unlocked. Dropped (and the key zeroed) on lock. */
export class Session {
  readonly store: RecordStore;
  lastActivity: number;
  idleTimer: TimerHandle | null = null;
  private checkpointTimer: ReturnType<typeof setTimeout> | null = null;
  private checkpointSoon: ReturnType<typeof setImmediate> | null = null;
  private writesSinceCheckpoint = 0;

  constructor(
    readonly vaultId: string,
    readonly label: string,
    readonly db: Db,
    private readonly cipher: RecordCipher,
    /** After a recovery-key unlock the person must set a new passphrase before anything else. */
    public needsNewPassphrase: boolean,
    now: number,
  ) {
    db.pragma('wal_autocheckpoint = 0');
    this.store = new RecordStore(db, cipher, () => this.scheduleCheckpoint());
    this.lastActivity = now;
  }

  /** Folds the WAL into the main file now (PASSIVE: never waits on, or blocks, a reader). */
  checkpoint(): void {
    this.cancelCheckpoints();
    if (!this.db.open) return;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // A full disk: the WAL keeps the data; the next checkpoint (or close) tries again.
    }
  }

  private scheduleCheckpoint(): void {
    if (++this.writesSinceCheckpoint >= CHECKPOINT_AFTER_WRITES) this.checkpointSoon ??= setImmediate(() => this.checkpoint());
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => this.checkpoint(), CHECKPOINT_AFTER_MS);
    this.checkpointTimer.unref?.();
  }

  private cancelCheckpoints(): void {
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    if (this.checkpointSoon) clearImmediate(this.checkpointSoon);
    this.checkpointTimer = null;
    this.checkpointSoon = null;
    this.writesSinceCheckpoint = 0;
  }

  /** A copy of the vault key for re-wrapping it under a new passphrase or recovery key; caller wipes it. */
  copyKey(): Uint8Array {
    return this.cipher.withKey((k) => Uint8Array.from(k));
  }

  close(): void {
    this.cancelCheckpoints();
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
