import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Data directory layout:
 *   <dataDir>/vaults/<vaultId>.mend     one SQLite file per vault (per person)
 *   <dataDir>/backups/<vaultId>/...     copies made with SQLite's backup API
 * A vault being created lives as vaults/.creating-<id>.mend until it is complete, so the picker
 * never shows half a vault.
 */
export const VAULT_EXT = '.mend';
const VAULT_FILE = /^([a-z0-9]{26})\.mend$/;

export const vaultsDir = (dataDir: string) => join(dataDir, 'vaults');
export const vaultPath = (dataDir: string, vaultId: string) => join(vaultsDir(dataDir), `${vaultId}${VAULT_EXT}`);
export const creatingPath = (dataDir: string, vaultId: string) => join(vaultsDir(dataDir), `.creating-${vaultId}${VAULT_EXT}`);
export const backupsDir = (dataDir: string, vaultId: string) => join(dataDir, 'backups', vaultId);

/** The UTC second a backup was made, as every backup's file name carries it: `20260105T090000Z`. */
export const backupStamp = (ms: number): string =>
  new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');

export function ensureDir(path: string): void {
  mkdirSync(path, { recursive: true, mode: 0o700 });
}

/**
 * Makes a rename or a new file in `dir` durable: without it, a power cut right after creating a
 * vault can lose the directory entry (and with it the vault) even though every byte was synced.
 * Not supported for directories on Windows, where the rename is durable by itself; ignored there.
 */
export function syncDir(dir: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Best effort: some platforms and file systems cannot fsync a directory.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

export function listVaultIds(dataDir: string): string[] {
  const dir = vaultsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((f) => VAULT_FILE.exec(f)?.[1])
    .filter((id): id is string => Boolean(id))
    .sort();
}
