import type { Clock, TimerHandle } from '../../../electron/core/ports';

/**
 * Real time that a test can jump forward. Timers fire on their own as time passes (so the app
 * behaves normally in the browser), and `advance(ms)` moves "now" ahead and fires whatever fell
 * due, so an E2E test can see a 10-minute auto-lock without waiting ten minutes.
 */
export class TestClock implements Clock {
  private offset = 0;
  private nextId = 1;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private ticker: ReturnType<typeof setInterval>;

  constructor() {
    this.ticker = setInterval(() => this.fireDue(), 25);
    this.ticker.unref?.();
  }

  now(): number {
    return Date.now() + this.offset;
  }

  setTimeout(fn: () => void, ms: number): TimerHandle {
    const id = this.nextId++;
    this.timers.set(id, { at: this.now() + Math.max(0, ms), fn });
    return { id };
  }

  clearTimeout(handle: TimerHandle): void {
    this.timers.delete(handle.id);
  }

  advance(ms: number): void {
    this.offset += ms;
    this.fireDue();
  }

  stop(): void {
    clearInterval(this.ticker);
    this.timers.clear();
  }

  private fireDue(): void {
    for (;;) {
      const now = this.now();
      let next: [number, { at: number; fn: () => void }] | undefined;
      for (const entry of this.timers) if (entry[1].at <= now && (!next || entry[1].at < next[1].at)) next = entry;
      if (!next) return;
      this.timers.delete(next[0]);
      next[1].fn();
    }
  }
}
