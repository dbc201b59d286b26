import type { LockReason } from '../../shared/contract';
import type { MendEvent } from '../../shared/events';

/** The part of the core that shutting down needs. */
export interface Lockable {
  isUnlocked(): boolean;
  requestLock(reason: LockReason): void;
  subscribe(listener: (event: MendEvent) => void): () => void;
}

/** Longer than the core's own grace period (it locks by itself after ~2 s), so quitting never hangs. */
export const LOCK_WAIT_MS = 3000;

/**
 * Asks the core to lock (it first tells the renderer to save the open editor) and resolves once the
 * vault is locked, or after timeoutMs. Used before closing the window and before quitting, so the
 * last keystrokes are saved and the keys are wiped while the page can still answer.
 */
export function lockAndWait(core: Lockable, reason: LockReason, timeoutMs = LOCK_WAIT_MS): Promise<void> {
  if (!core.isUnlocked()) return Promise.resolve();
  return new Promise<void>((resolve) => {
    let settled = false;
    const finish = () => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      unsubscribe();
      resolve();
    };
    const timer = setTimeout(finish, timeoutMs);
    const unsubscribe = core.subscribe((event) => {
      if (event.type === 'vault.locked') finish();
    });
    core.requestLock(reason);
    // requestLock may lock synchronously (or the vault may have locked in between).
    if (!core.isUnlocked()) finish();
  });
}

/** A second launch of Mend brings the running window forward instead of opening the vault twice. */
export function bringToFront(win: { isMinimized(): boolean; restore(): void; show(): void; focus(): void }): void {
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
