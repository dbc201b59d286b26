import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  confirmationGroups,
  decodeRecoveryKey,
  encodeRecoveryKey,
  normalizeRecoveryKey,
  RECOVERY_KEY_BYTES,
  RECOVERY_KEY_GROUPS,
} from '../../../shared/recovery-key';

const bytes20 = fc.uint8Array({ minLength: RECOVERY_KEY_BYTES, maxLength: RECOVERY_KEY_BYTES });
const same = (a: Uint8Array | null, b: Uint8Array) => a !== null && Buffer.from(a).equals(Buffer.from(b));

describe('recovery key', () => {
  it('is eight groups of four Crockford characters', () => {
    const key = encodeRecoveryKey(new Uint8Array(20).fill(0xa5));
    expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(key.split('-')).toHaveLength(RECOVERY_KEY_GROUPS);
    expect(encodeRecoveryKey(new Uint8Array(20))).toBe('0000-0000-0000-0000-0000-0000-0000-0000');
    expect(encodeRecoveryKey(new Uint8Array(20).fill(0xff))).toBe('ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ');
  });

  it('round-trips every 20-byte key (property)', () => {
    fc.assert(
      fc.property(bytes20, (b) => {
        expect(same(decodeRecoveryKey(encodeRecoveryKey(b)), b)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('survives how people copy it: case, spaces, no dashes, typographic dashes, O/0 and I/L/1 look-alikes (property)', () => {
    fc.assert(
      fc.property(bytes20, fc.constantFrom('lower', 'spaces', 'nodash', 'lookalikes', 'endash', 'padded'), (b, style) => {
        let typed = encodeRecoveryKey(b);
        if (style === 'lower') typed = typed.toLowerCase();
        if (style === 'spaces') typed = typed.replaceAll('-', ' ');
        if (style === 'nodash') typed = typed.replaceAll('-', '');
        if (style === 'lookalikes') typed = typed.replaceAll('0', 'O').replace(/1/g, (_, i: number) => (i % 2 ? 'l' : 'I'));
        if (style === 'endash') typed = typed.replaceAll('-', '\u2013');
        if (style === 'padded') typed = `  ${typed.replaceAll('-', ' - ')}\n`;
        expect(same(decodeRecoveryKey(typed), b)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });

  it('normalises look-alikes explicitly', () => {
    expect(normalizeRecoveryKey('oO iI lL - 01')).toBe('00111101');
    const b = new Uint8Array(20);
    expect(same(decodeRecoveryKey('oooo OOOO 0000 oOo0 OOOO oooo OOOO 0000'), b)).toBe(true);
  });

  it('wrong length gives null', () => {
    const key = encodeRecoveryKey(new Uint8Array(20).fill(3));
    expect(decodeRecoveryKey(key.slice(0, -1))).toBeNull();
    expect(decodeRecoveryKey(key + '0')).toBeNull();
    expect(decodeRecoveryKey('')).toBeNull();
    expect(decodeRecoveryKey(key.split('-').slice(0, 7).join('-'))).toBeNull();
  });

  it('characters outside the alphabet give null (property)', () => {
    fc.assert(
      fc.property(
        bytes20,
        fc.integer({ min: 0, max: 31 }),
        fc.constantFrom('U', 'u', '!', '*', '=', '#', 'é', '\u0000', 'Ω'),
        (b, pos, bad) => {
          const clean = encodeRecoveryKey(b).replaceAll('-', '');
          const typed = clean.slice(0, pos) + bad + clean.slice(pos + 1);
          expect(decodeRecoveryKey(typed)).toBeNull();
        },
      ),
    );
  });

  it('refuses to encode anything but 20 bytes', () => {
    expect(() => encodeRecoveryKey(new Uint8Array(19))).toThrow();
    expect(() => encodeRecoveryKey(new Uint8Array(21))).toThrow();
  });

  it('confirmation groups are stable per key and in range', () => {
    fc.assert(
      fc.property(bytes20, (b) => {
        const key = encodeRecoveryKey(b);
        const [a, c] = confirmationGroups(key);
        expect(confirmationGroups(key)).toEqual([a, c]);
        expect(a).toBeGreaterThanOrEqual(2);
        expect(a).toBeLessThanOrEqual(4);
        expect(c).toBeGreaterThanOrEqual(6);
        expect(c).toBeLessThanOrEqual(8);
      }),
    );
  });
});
