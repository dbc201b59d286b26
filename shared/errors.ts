/**
 * Errors that cross the process boundary. Every failure a user can meet has a code the UI can
 * act on and a plain-language message it can show as is; nothing else (no stack, no paths to
 * decrypted data) leaves the core.
 */
export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'locked',
  'already_unlocked',
  'wrong_passphrase',
  'wrong_recovery_key',
  'throttled',
  'weak_passphrase',
  'not_found',
  'damaged',
  'vault_unreadable',
  'storage_readonly',
  'storage_full',
  'conflict',
  'not_paired',
  'card_rejected',
  'packet_rejected',
  'already_imported',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /** Only structured, non-secret hints (e.g. how long to wait). */
  details?: Record<string, string | number | boolean>;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export class MendError extends Error {
  readonly code: ErrorCode;
  readonly details: ErrorInfo['details'];

  constructor(code: ErrorCode, message: string, details?: ErrorInfo['details']) {
    super(message);
    this.name = 'MendError';
    this.code = code;
    this.details = details;
  }

  toInfo(): ErrorInfo {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }

  static fromInfo(info: ErrorInfo): MendError {
    return new MendError(info.code, info.message, info.details);
  }
}

export function isMendError(e: unknown): e is MendError {
  return e instanceof MendError;
}
