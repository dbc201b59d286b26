/**
 * Growing delays after repeated wrong passphrases. The count lives in the vault file, so quitting
 * and restarting does not reset it. (Someone with a copy of the file can reset it; against them
 * the Argon2id cost is the protection. This slows guessing at the keyboard.)
 */
export const FREE_ATTEMPTS = 5;
const FIRST_DELAY_MS = 30_000;
const MAX_DELAY_MS = 15 * 60_000;

/** How long to wait after `failures` consecutive failures before the next try is accepted. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - FREE_ATTEMPTS));
}

export function retryAfterMs(failures: number, lastFailedAt: number | null, now: number): number {
  if (lastFailedAt === null) return 0;
  const delay = delayAfter(failures);
  // Never more than the delay itself: a clock set back (or a failure stamped by a clock running
  // ahead) must not lock the owner out for days.
  return Math.min(delay, Math.max(0, lastFailedAt + delay - now));
}

export function describeWait(ms: number): string {
  const s = Math.ceil(ms / 1000);
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? '' : 's'}`;
}
