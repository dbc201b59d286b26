import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { delayAfter, describeWait, FREE_ATTEMPTS, retryAfterMs } from '../../../electron/core/vault/throttle';

const MIN = 60_000;

describe('unlock throttle', () => {
  it('gives five free attempts, then 30 s doubling up to 15 min', () => {
    expect(FREE_ATTEMPTS).toBe(5);
    expect([0, 1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0, 0]);
    expect(delayAfter(5)).toBe(30_000);
    expect(delayAfter(6)).toBe(60_000);
    expect(delayAfter(7)).toBe(120_000);
    expect(delayAfter(9)).toBe(8 * MIN);
    expect(delayAfter(10)).toBe(15 * MIN);
    expect(delayAfter(50)).toBe(15 * MIN);
    expect(delayAfter(10_000)).toBe(15 * MIN);
  });

  it('never shrinks as failures grow (property)', () => {
    fc.assert(fc.property(fc.nat(1000), (n) => delayAfter(n + 1) >= delayAfter(n)));
  });

  it('counts down from the last failure', () => {
    const t = 1_000_000;
    expect(retryAfterMs(5, null, t)).toBe(0);
    expect(retryAfterMs(4, t, t)).toBe(0);
    expect(retryAfterMs(5, t, t)).toBe(30_000);
    expect(retryAfterMs(5, t, t + 10_000)).toBe(20_000);
    expect(retryAfterMs(5, t, t + 30_000)).toBe(0);
    expect(retryAfterMs(5, t, t + 99_999)).toBe(0);
    expect(retryAfterMs(6, t, t + 1)).toBe(59_999);
  });

  it('a clock set back never makes the wait longer than the delay itself', () => {
    const t = Date.UTC(2026, 0, 5);
    // The failure was stamped "in the future" (clock since corrected by a day).
    expect(retryAfterMs(5, t + 24 * 60 * MIN, t)).toBe(30_000);
    expect(retryAfterMs(12, t + 24 * 60 * MIN, t)).toBe(15 * MIN);
    fc.assert(
      fc.property(fc.nat(40), fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 2 ** 45 }), (failures, last, now) => {
        const wait = retryAfterMs(failures, last, now);
        return wait >= 0 && wait <= delayAfter(failures);
      }),
    );
  });

  it('describes waits in words', () => {
    expect(describeWait(1)).toBe('1 second');
    expect(describeWait(30_000)).toBe('30 seconds');
    expect(describeWait(59_001)).toBe('1 minute');
    expect(describeWait(60_000)).toBe('1 minute');
    expect(describeWait(61_000)).toBe('2 minutes');
    expect(describeWait(15 * MIN)).toBe('15 minutes');
  });
});
