import { z } from 'zod';
import { MendError } from '../../../shared/errors';
import type { Db } from '../db/open';
import type { KdfParams } from '../crypto/kdf';

export const VAULT_FORMAT = 1;

const KdfJson = z.object({
  alg: z.literal('argon2id13'),
  opslimit: z.number().int().min(1).max(64),
  // libsodium's bounds; a header asking for more is damaged or hostile.
  memlimit: z.number().int().min(8192).max(2 ** 31),
  salt: z.string().regex(/^[A-Za-z0-9+/]{22}==$/),
});

export interface VaultHeader {
  vaultId: string;
  label: string;
  format: number;
  kdf: KdfParams;
  passphraseSlot: Uint8Array;
  recoverySalt: Uint8Array;
  recoverySlot: Uint8Array;
  failedUnlocks: number;
  lastFailedAt: number | null;
}

export const unreadable = () =>
  new MendError('vault_unreadable', 'The start of this journal file is damaged or missing, so it cannot be unlocked. You can restore it from a backup.');

/** Reads and checks the header. Anything malformed is reported as an unreadable vault, never a crash. */
export function readHeader(db: Db): VaultHeader {
  let row: Record<string, unknown> | undefined;
  try {
    row = db.prepare('SELECT * FROM vault_header WHERE id = 1').get() as Record<string, unknown> | undefined;
  } catch {
    throw unreadable();
  }
  if (!row) throw unreadable();
  let kdf: KdfParams;
  try {
    kdf = KdfJson.parse(JSON.parse(String(row.kdf)));
  } catch {
    throw unreadable();
  }
  const blob = (v: unknown): Uint8Array => {
    if (!(v instanceof Uint8Array)) throw unreadable();
    return v;
  };
  if (typeof row.vault_id !== 'string' || typeof row.label !== 'string' || row.format !== VAULT_FORMAT) throw unreadable();
  return {
    vaultId: row.vault_id,
    label: row.label,
    format: row.format,
    kdf,
    passphraseSlot: blob(row.passphrase_slot),
    recoverySalt: blob(row.recovery_salt),
    recoverySlot: blob(row.recovery_slot),
    failedUnlocks: typeof row.failed_unlocks === 'number' ? row.failed_unlocks : 0,
    lastFailedAt: typeof row.last_failed_at === 'number' ? row.last_failed_at : null,
  };
}

export function insertHeader(db: Db, h: Omit<VaultHeader, 'failedUnlocks' | 'lastFailedAt' | 'format'>): void {
  db.prepare(
    `INSERT INTO vault_header (id, vault_id, label, format, kdf, passphrase_slot, recovery_salt, recovery_slot)
     VALUES (1, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(h.vaultId, h.label, VAULT_FORMAT, JSON.stringify(h.kdf), h.passphraseSlot, h.recoverySalt, h.recoverySlot);
}

/** One statement, so a crash leaves either the old or the new passphrase working, never neither. */
export function replacePassphraseSlot(db: Db, kdf: KdfParams, slot: Uint8Array): void {
  db.prepare('UPDATE vault_header SET kdf = ?, passphrase_slot = ?, failed_unlocks = 0, last_failed_at = NULL WHERE id = 1').run(JSON.stringify(kdf), slot);
}

export function replaceRecoverySlot(db: Db, salt: Uint8Array, slot: Uint8Array): void {
  db.prepare('UPDATE vault_header SET recovery_salt = ?, recovery_slot = ? WHERE id = 1').run(salt, slot);
}

export function recordFailedUnlock(db: Db, now: number): number {
  db.prepare('UPDATE vault_header SET failed_unlocks = failed_unlocks + 1, last_failed_at = ? WHERE id = 1').run(now);
  return (db.prepare('SELECT failed_unlocks AS n FROM vault_header WHERE id = 1').get() as { n: number }).n;
}

export function resetFailedUnlocks(db: Db): void {
  db.prepare('UPDATE vault_header SET failed_unlocks = 0, last_failed_at = NULL WHERE id = 1').run();
}
