import { z } from 'zod';
import { LockReason } from './contract/vault';

/** Things the core tells the renderer without being asked (IPC push / server-sent events). */
export const MendEvent = z.discriminatedUnion('type', [
  /** The vault is about to lock: flush the editor now, then call vault.lock (the core locks anyway after a grace period). */
  z.object({ type: z.literal('vault.lockRequested'), reason: LockReason }),
  z.object({ type: z.literal('vault.locked'), reason: LockReason }),
  /** Long work (export, import) reports how far it got; the renderer shows a progress bar. */
  z.object({ type: z.literal('job.progress'), jobId: z.string(), done: z.number().int(), total: z.number().int(), phase: z.string() }),
]);
export type MendEvent = z.infer<typeof MendEvent>;

export const EVENT_CHANNEL = 'mend:event';
