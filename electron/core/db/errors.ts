import { MendError } from '../../../shared/errors';

/**
 * Storage failures become errors a person can act on. Works for better-sqlite3's SqliteError
 * (code SQLITE_*) and Node's fs errors (EACCES, ENOSPC, ...). Returns null for anything else.
 */
export function storageError(e: unknown): MendError | null {
  const code = typeof e === 'object' && e && 'code' in e ? String((e as { code: unknown }).code) : '';
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM' || code === 'EACCES' || code === 'EROFS' || code === 'EPERM') {
    return new MendError('storage_readonly', 'Mend cannot write to its data folder, so nothing new was saved. Check that the folder is not read-only and that you have permission to write there.');
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new MendError('storage_full', 'The disk is full, so this was not saved. What you saved before is safe. Free some space and try again.');
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return new MendError('vault_unreadable', 'This journal file is damaged and cannot be opened. You can restore it from a backup.');
  }
  return null;
}
