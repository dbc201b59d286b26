import { expect, it } from 'vitest';
import { ReminderScheduler } from '../../../electron/core/conversations/reminders';
import { ManualClock } from '../../../electron/core/ports';

it('fires each reminder once, at its time, without naming anything private', () => {
  const clock = new ManualClock(Date.UTC(2026, 2, 28, 12));
  const shown: { title: string; body: string }[] = [];
  const r = new ReminderScheduler(clock, { show: (n) => shown.push(n) });
  const at = Date.UTC(2026, 2, 29, 16, 30);
  r.setPlan([
    { at, minutesBefore: 30 },
    { at: at + 7 * 86_400_000, minutesBefore: 30 },
    { at: clock.now() - 1000, minutesBefore: 30 },
  ]);
  expect(r.pending()).toHaveLength(2);
  clock.set(at - 1);
  expect(shown).toHaveLength(0);
  clock.advance(1);
  expect(shown).toEqual([{ title: 'Mend', body: 'A conversation you planned starts in 30 minutes.' }]);
  clock.advance(7 * 86_400_000);
  expect(shown).toHaveLength(2);
  r.stop();
});
