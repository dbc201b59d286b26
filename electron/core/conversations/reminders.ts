import type { Clock, Notifier, TimerHandle } from '../ports';

/**
 * Desktop reminders before planned conversations. The plan is a list of times held in memory
 * only, so reminders keep working while the vault is locked without writing any schedule to disk
 * in the clear. Notifications never name the purpose: a locked Mend shows nothing private.
 */
export class ReminderScheduler {
  private plan: { at: number; minutesBefore: number }[] = [];
  private timer: TimerHandle | null = null;

  constructor(
    private readonly clock: Clock,
    private readonly notifier: Notifier,
  ) {}

  setPlan(plan: { at: number; minutesBefore: number }[]): void {
    const now = this.clock.now();
    this.plan = plan.filter((p) => p.at > now).sort((a, b) => a.at - b.at);
    this.arm();
  }

  pending(): readonly { at: number; minutesBefore: number }[] {
    return this.plan;
  }

  stop(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
    this.plan = [];
  }

  private arm(): void {
    if (this.timer) this.clock.clearTimeout(this.timer);
    this.timer = null;
    const next = this.plan[0];
    if (!next) return;
    this.timer = this.clock.setTimeout(() => {
      this.timer = null;
      const now = this.clock.now();
      while (this.plan[0] && this.plan[0].at <= now) {
        const due = this.plan.shift()!;
        this.notifier.show({ title: 'Mend', body: describe(due.minutesBefore) });
      }
      this.arm();
    }, Math.max(0, next.at - this.clock.now()));
  }
}

function describe(minutes: number): string {
  if (minutes === 0) return 'A conversation you planned is starting now. Take a breath; go gently.';
  if (minutes < 60) return `A conversation you planned starts in ${minutes} minutes.`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `A conversation you planned starts in ${hours} hour${hours === 1 ? '' : 's'}.`;
  const days = Math.round(hours / 24);
  return `A conversation you planned is ${days === 1 ? 'tomorrow' : `in ${days} days`}.`;
}
