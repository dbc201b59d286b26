import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { MendError } from '../../../shared/errors';
import { decodeRecoveryKey } from '../../../shared/recovery-key';
import { unwrapKey } from '../crypto/envelope';
import { passphraseBytes, type Kdf } from '../crypto/kdf';
import type { Sodium } from '../crypto/sodium';
import { openDatabase } from '../db/open';
import type { Clock } from '../ports';
import { readHeader } from '../vault/header';
import { backupStamp, backupsDir, ensureDir, vaultPath, vaultsDir } from '../vault/paths';
import type { Session } from '../vault/session';
import type { VaultService } from '../vault/service';
import { passphrasePurpose, recoveryKek, recoveryPurpose } from '../vault/slots';

export type BackupKind = 'auto' | 'manual' | 'before-restore' | 'before-migration';
export interface BackupInfo {
  fileName: string;
  kind: BackupKind;
  createdAt: number;
  bytes: number;
}

const NAME = /^(auto|manual|before-restore|before-migration)-(\d{8}T\d{6}Z)(?:-v\d+)?(?:-\d+)?\.mend$/;
const DAY = 86_400_000;

function parseStamp(s: string): number {
  return Date.parse(`${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}T${s.slice(9, 11)}:${s.slice(11, 13)}:${s.slice(13, 15)}Z`);
}

/**
 * Encrypted backups: whole-file copies made with SQLite's backup API (consistent even while the
 * vault is in use), so a backup is itself a vault: same header, same envelopes, opened with the
 * passphrase or recovery key that were current when it was made.
 */
export class BackupService {
  constructor(
    private readonly dataDir: string,
    private readonly vaults: VaultService,
    private readonly sodium: Sodium,
    private readonly kdf: Kdf,
    private readonly clock: Clock,
    private readonly nativeBinding: string | undefined,
  ) {
    vaults.onUnlock((s) => {
      this.pending = this.autoBackup(s).catch(() => {
        // A failed automatic backup must not disturb unlocking; the next unlock tries again.
      });
    });
  }

  private pending: Promise<void> = Promise.resolve();

  /** Resolves when the automatic backup started by the last unlock has finished. */
  settled(): Promise<void> {
    return this.pending;
  }

  list(vaultId: string): BackupInfo[] {
    const dir = backupsDir(this.dataDir, vaultId);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .flatMap((fileName) => {
        const m = NAME.exec(fileName);
        if (!m) return [];
        return [{ fileName, kind: m[1] as BackupKind, createdAt: parseStamp(m[2]!), bytes: statSync(join(dir, fileName)).size }];
      })
      .sort((a, b) => b.createdAt - a.createdAt || b.fileName.localeCompare(a.fileName));
  }

  async create(kind: BackupKind = 'manual'): Promise<BackupInfo> {
    const s = this.vaults.requireSession();
    return this.backupSession(s, kind);
  }

  /**
   * Replaces a vault with one of its backups. The backup must open with the secret given (so a
   * restore never locks anyone out), the current file is backed up first, and the swap is a
   * rename, so a crash leaves either the old or the restored vault, never a mix.
   */
  async restore(vaultId: string, fileName: string, secret: { passphrase: string } | { recoveryKey: string }): Promise<{ restored: true; safetyCopy: string | null }> {
    const backup = this.list(vaultId).find((b) => b.fileName === fileName);
    if (!backup) throw new MendError('not_found', 'That backup is not there any more.');
    const path = join(backupsDir(this.dataDir, vaultId), fileName);
    const db = openDatabase(path, { readonly: true, mustExist: true, nativeBinding: this.nativeBinding });
    try {
      if (db.pragma('integrity_check', { simple: true }) !== 'ok') throw new MendError('vault_unreadable', 'This backup is damaged. Please choose another one.');
      const header = readHeader(db);
      if (header.vaultId !== vaultId) throw new MendError('invalid_input', 'This backup belongs to another journal.');
      await this.checkSecret(header, secret);
    } finally {
      db.close();
    }
    // Safety first: keep a copy of what is there now, if it can still be read at all.
    let safetyCopy: string | null = null;
    const current = vaultPath(this.dataDir, vaultId);
    const open = this.vaults.status();
    if (open.state === 'unlocked' && open.vaultId === vaultId) {
      safetyCopy = (await this.backupSession(this.vaults.requireSession(), 'before-restore')).fileName;
      this.vaults.lock('manual');
    } else if (open.state === 'unlocked') {
      throw new MendError('already_unlocked', 'Lock the open journal before restoring another one.');
    } else if (existsSync(current)) {
      safetyCopy = await this.safetyCopyOfClosedVault(vaultId, current);
    }
    ensureDir(vaultsDir(this.dataDir));
    const tmp = join(vaultsDir(this.dataDir), `.restoring-${vaultId}.mend`);
    copyFileSync(path, tmp);
    for (const ext of ['-wal', '-shm']) rmSync(current + ext, { force: true });
    renameSync(tmp, current);
    return { restored: true, safetyCopy };
  }

  private async checkSecret(header: ReturnType<typeof readHeader>, secret: { passphrase: string } | { recoveryKey: string }): Promise<void> {
    if ('passphrase' in secret) {
      const kek = await this.kdf.derive(passphraseBytes(secret.passphrase), header.kdf);
      const key = unwrapKey(this.sodium, kek, header.passphraseSlot, passphrasePurpose(header.vaultId));
      this.sodium.memzero(kek);
      if (!key) throw new MendError('wrong_passphrase', 'That passphrase does not open this backup. Use the passphrase you had when it was made, or your recovery key.');
      this.sodium.memzero(key);
      return;
    }
    const bytes = decodeRecoveryKey(secret.recoveryKey);
    if (!bytes) throw new MendError('wrong_recovery_key', 'A recovery key is 32 letters and digits in eight groups of four.');
    const kek = recoveryKek(this.sodium, header.vaultId, bytes, header.recoverySalt);
    const key = unwrapKey(this.sodium, kek, header.recoverySlot, recoveryPurpose(header.vaultId));
    this.sodium.memzero(kek);
    this.sodium.memzero(bytes);
    if (!key) throw new MendError('wrong_recovery_key', 'That recovery key does not open this backup. It may be older or newer than the key you have.');
    this.sodium.memzero(key);
  }

  private async backupSession(s: Session, kind: BackupKind): Promise<BackupInfo> {
    const dir = backupsDir(this.dataDir, s.vaultId);
    ensureDir(dir);
    const now = this.clock.now();
    let fileName = `${kind}-${backupStamp(now)}.mend`;
    for (let n = 2; existsSync(join(dir, fileName)); n++) fileName = `${kind}-${backupStamp(now)}-${n}.mend`;
    const tmp = join(dir, `.${fileName}.partial`);
    await s.db.backup(tmp);
    // Only complete copies get a real name.
    renameSync(tmp, join(dir, fileName));
    return { fileName, kind, createdAt: Math.floor(now / 1000) * 1000, bytes: statSync(join(dir, fileName)).size };
  }

  /**
   * A copy of a vault that is not open (it may be the damaged one being replaced). SQLite's backup
   * API includes what still sits in the WAL; when SQLite cannot open the file at all, the raw
   * files are copied instead. Either way the copy gets its real name only once complete.
   */
  private async safetyCopyOfClosedVault(vaultId: string, current: string): Promise<string> {
    const dir = backupsDir(this.dataDir, vaultId);
    ensureDir(dir);
    const name = `before-restore-${backupStamp(this.clock.now())}.mend`;
    const partial = join(dir, `.${name}.partial`);
    try {
      const db = openDatabase(current, { mustExist: true, nativeBinding: this.nativeBinding });
      try {
        await db.backup(partial);
      } finally {
        db.close();
      }
    } catch {
      copyFileSync(current, partial);
      if (existsSync(current + '-wal')) copyFileSync(current + '-wal', partial + '-wal');
    }
    renameSync(partial, join(dir, name));
    if (existsSync(partial + '-wal')) renameSync(partial + '-wal', join(dir, name) + '-wal');
    return name;
  }

  /** Copies interrupted by a crash leave `.partial` files; they are never backups, so they go. */
  private removeStalePartials(vaultId: string): void {
    const dir = backupsDir(this.dataDir, vaultId);
    if (!existsSync(dir)) return;
    for (const f of readdirSync(dir)) if (f.startsWith('.') && f.includes('.partial')) rmSync(join(dir, f), { force: true });
  }

  private async autoBackup(s: Session): Promise<void> {
    this.removeStalePartials(s.vaultId);
    const latest = this.list(s.vaultId).find((b) => b.kind === 'auto');
    if (latest && this.clock.now() - latest.createdAt < DAY) return;
    await this.backupSession(s, 'auto');
    const keep = this.vaults.keepBackups(s);
    const autos = this.list(s.vaultId).filter((b) => b.kind === 'auto');
    for (const old of autos.slice(keep)) rmSync(join(backupsDir(this.dataDir, s.vaultId), old.fileName), { force: true });
  }
}
