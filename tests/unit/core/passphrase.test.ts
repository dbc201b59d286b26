import { describe, expect, it } from 'vitest';
import { assessPassphrase, MIN_PASSPHRASE_LENGTH, MIN_PASSPHRASE_SCORE } from '../../../shared/passphrase';

describe('passphrase policy', () => {
  it.each([
    ['too short', 'Zq8#kLp2'],
    ['empty', ''],
    ['a common password', 'password123'],
    ['a keyboard walk', 'qwertyuiop12'],
    ['repeated characters', 'aaaaaaaaaaaa'],
    ['leetspeak of a common one', 'P@ssw0rd2024!'],
    ['nine characters', 'abcdefghi'],
  ])('refuses %s', (_, passphrase) => {
    const a = assessPassphrase(passphrase);
    expect(a.acceptable).toBe(false);
    expect(a.score).toBeLessThan(MIN_PASSPHRASE_SCORE);
    expect(a.hint).toBeTruthy();
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    // Nine emoji are 18 UTF-16 units but still too short.
    const a = assessPassphrase('🙂'.repeat(MIN_PASSPHRASE_LENGTH - 1));
    expect(a.acceptable).toBe(false);
    expect(a.hint).toMatch(/at least 10 characters/);
  });

  it('uses the context (the vault label) against the person', () => {
    expect(assessPassphrase('Rosewood Journal 2024', ['Rosewood Journal']).acceptable).toBe(false);
  });

  it.each([
    'quartz lantern meadow vinyl 83',
    'orbit pickle tundra saffron 17',
    'Kettle-Nimbus-Ferry-42-Wren',
    'ünïcödé wörds träm blüte 9',
  ])('accepts a good passphrase: %s', (passphrase) => {
    const a = assessPassphrase(passphrase);
    expect(a).toEqual({ score: expect.any(Number), acceptable: true, hint: null });
    expect(a.score).toBeGreaterThanOrEqual(MIN_PASSPHRASE_SCORE);
  });

  it('stays fast on very long input (only the first 256 characters are scored)', () => {
    const t = performance.now();
    const a = assessPassphrase('x'.repeat(1024));
    expect(performance.now() - t).toBeLessThan(2000);
    expect(a.acceptable).toBe(false);
  });
});

it('refuses famous example phrases, however long', () => {
  expect(assessPassphrase('correct horse battery staple').acceptable).toBe(false);
  expect(assessPassphrase('the quick brown fox jumps over the lazy dog').acceptable).toBe(false);
});
