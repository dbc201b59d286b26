import { MendError } from '../../shared/errors';
import type { EventHub } from './events';

/** A cancellation flag and a progress reporter for one long-running piece of work. */
export interface JobContext {
  readonly cancelled: boolean;
  /** Reports progress and yields to the event loop, so other calls are answered meanwhile. */
  step(done: number, total: number, phase: string): Promise<void>;
}

export class Cancelled extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Long work (export, import) runs in slices with progress events, and stops at the next slice
 * when cancelled. Job ids come from the renderer, so it can cancel what it started.
 */
export class Jobs {
  private running = new Map<string, { cancelled: boolean }>();

  constructor(private readonly events: EventHub) {}

  async run<T>(jobId: string, work: (ctx: JobContext) => Promise<T>): Promise<T> {
    if (this.running.has(jobId)) throw new MendError('conflict', 'That job is already running.');
    const state = { cancelled: false };
    this.running.set(jobId, state);
    let lastEmit = 0;
    const ctx: JobContext = {
      get cancelled() {
        return state.cancelled;
      },
      step: async (done, total, phase) => {
        if (state.cancelled) throw new Cancelled();
        const now = performance.now();
        if (now - lastEmit > 50 || done === total) {
          lastEmit = now;
          this.events.emit({ type: 'job.progress', jobId, done, total, phase });
        }
        await new Promise<void>((r) => setImmediate(r));
        if (state.cancelled) throw new Cancelled();
      },
    };
    try {
      return await work(ctx);
    } finally {
      this.running.delete(jobId);
    }
  }

  cancel(jobId: string): void {
    const s = this.running.get(jobId);
    if (s) s.cancelled = true;
  }

  cancelAll(): void {
    for (const s of this.running.values()) s.cancelled = true;
  }
}
