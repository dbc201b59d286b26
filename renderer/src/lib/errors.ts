import { isMendError } from '../../../shared/errors';

const FALLBACK = 'Something went wrong. Please try again.';

/** The core writes its messages for people, so they are shown as they are. */
export function messageOf(e: unknown): string {
  if (isMendError(e)) return e.message;
  return FALLBACK;
}

/** How long the core asked us to wait before the next attempt, if it did. */
export function retryAfterOf(e: unknown): number | null {
  if (!isMendError(e)) return null;
  const ms = e.details?.retryAfterMs;
  return typeof ms === 'number' && ms > 0 ? ms : null;
}

export function isLockedError(e: unknown): boolean {
  return isMendError(e) && e.code === 'locked';
}
