import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  createRecordCipher,
  DamagedRecordError,
  ENVELOPE_VERSION,
  PAD_BLOCK,
  unwrapKey,
  wrapKey,
  type RecordCipher,
  type RecordRef,
} from '../../../electron/core/crypto/envelope';
import { loadSodium, type Sodium } from '../../../electron/core/crypto/sodium';

let sodium: Sodium;
let cipher: RecordCipher;
const utf8 = (s: string) => new TextEncoder().encode(s);
const text = (b: Uint8Array) => new TextDecoder().decode(b);
const ref = (over: Partial<RecordRef> = {}): RecordRef => ({ type: 'entry', id: 'aaaaaaaaaaaaaaaaaaaaaaaaaa', rev: 1, ...over });

beforeAll(async () => {
  sodium = await loadSodium();
  cipher = createRecordCipher(sodium, sodium.randombytes_buf(32));
});

describe('record envelope', () => {
  it('round-trips, starting with the version byte and a fresh nonce each time', () => {
    const a = cipher.seal(ref(), utf8('We talked about Sunday.'));
    const b = cipher.seal(ref(), utf8('We talked about Sunday.'));
    expect(a[0]).toBe(ENVELOPE_VERSION);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(text(cipher.open(ref(), a))).toBe('We talked about Sunday.');
    expect(text(cipher.open(ref(), b))).toBe('We talked about Sunday.');
  });

  it('round-trips any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.integer({ min: 1, max: 1_000_000 }), (bytes, rev) => {
        const env = cipher.seal(ref({ rev }), bytes);
        expect(Buffer.from(cipher.open(ref({ rev }), env)).equals(Buffer.from(bytes))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('flipping any single byte of an envelope makes it damaged', () => {
    const env = cipher.seal(ref(), utf8('{"t":"short"}'));
    expect(env.length).toBe(1 + 24 + PAD_BLOCK + 16);
    for (let i = 0; i < env.length; i++) {
      for (const mask of [0x01, 0x80]) {
        const bad = Uint8Array.from(env);
        bad[i]! ^= mask;
        expect(() => cipher.open(ref(), bad), `byte ${i} mask ${mask}`).toThrow(DamagedRecordError);
      }
    }
    // and the original still opens
    expect(text(cipher.open(ref(), env))).toBe('{"t":"short"}');
  });

  it('a ciphertext moved to another row (another id) is rejected', () => {
    const one = ref({ id: 'aaaaaaaaaaaaaaaaaaaaaaaaaa' });
    const two = ref({ id: 'bbbbbbbbbbbbbbbbbbbbbbbbbb' });
    const envOne = cipher.seal(one, utf8('one'));
    const envTwo = cipher.seal(two, utf8('two'));
    expect(() => cipher.open(two, envOne)).toThrow(DamagedRecordError);
    expect(() => cipher.open(one, envTwo)).toThrow(DamagedRecordError);
  });

  it('the same id under another type is rejected', () => {
    const env = cipher.seal(ref({ type: 'entry' }), utf8('x'));
    expect(() => cipher.open(ref({ type: 'settings' }), env)).toThrow(DamagedRecordError);
  });

  it("replaying an older revision's envelope over a newer revision is rejected", () => {
    const rev1 = cipher.seal(ref({ rev: 1 }), utf8('first draft'));
    cipher.seal(ref({ rev: 2 }), utf8('second draft'));
    expect(() => cipher.open(ref({ rev: 2 }), rev1)).toThrow(DamagedRecordError);
  });

  it('an unknown version byte is rejected, even with a matching tag position', () => {
    const env = cipher.seal(ref(), utf8('x'));
    for (const v of [0, 2, 255]) {
      const bad = Uint8Array.from(env);
      bad[0] = v;
      expect(() => cipher.open(ref(), bad)).toThrow(/unknown format/);
    }
  });

  it('truncated envelopes are rejected', () => {
    const env = cipher.seal(ref(), utf8('x'));
    for (const len of [0, 1, 25, 40, 41, env.length - 1]) {
      expect(() => cipher.open(ref(), env.subarray(0, len))).toThrow(DamagedRecordError);
    }
  });

  it('another key cannot open it', () => {
    const other = createRecordCipher(sodium, sodium.randombytes_buf(32));
    expect(() => other.open(ref(), cipher.seal(ref(), utf8('x')))).toThrow(DamagedRecordError);
  });

  it('padding hides the exact length: 1 and 200 bytes of plaintext give envelopes of equal length', () => {
    const small = cipher.seal(ref(), new Uint8Array(1).fill(7));
    const bigger = cipher.seal(ref(), new Uint8Array(200).fill(7));
    expect(small.length).toBe(bigger.length);
    // Lengths grow in whole blocks.
    expect(cipher.seal(ref(), new Uint8Array(PAD_BLOCK)).length - small.length).toBe(PAD_BLOCK);
  });

  it('type and id cannot contain the field separator (no two refs share associated data)', () => {
    expect(() => cipher.seal({ type: 'a|b', id: 'c', rev: 1 }, utf8('x'))).toThrow(/cannot contain/);
    expect(() => cipher.seal({ type: 'a', id: 'b|c', rev: 1 }, utf8('x'))).toThrow(/cannot contain/);
    expect(() => cipher.seal(ref({ rev: 0 }), utf8('x'))).toThrow(/revision/);
    expect(() => cipher.seal(ref({ rev: 1.5 }), utf8('x'))).toThrow(/revision/);
    // Reading a row that carries such an id (only tampering can make one) reports damage.
    const env = cipher.seal(ref(), utf8('x'));
    expect(() => cipher.open(ref({ id: 'a|b' }), env)).toThrow(DamagedRecordError);
    expect(() => cipher.open(ref({ rev: -1 }), env)).toThrow(DamagedRecordError);
  });

  it('wipe() zeroes the key and makes every later use throw (not report damage)', () => {
    const key = sodium.randombytes_buf(32);
    const c = createRecordCipher(sodium, key);
    const env = c.seal(ref(), utf8('x'));
    // The cipher keeps its own copy: wiping the caller's buffer does not break it.
    sodium.memzero(key);
    expect(text(c.open(ref(), env))).toBe('x');
    let lent: Uint8Array | null = null;
    c.withKey((k) => {
      lent = k;
    });
    c.wipe();
    expect([...lent!].every((b) => b === 0)).toBe(true);
    expect(() => c.seal(ref(), utf8('x'))).toThrow(/after wipe/);
    expect(() => c.open(ref(), env)).toThrow(/after wipe/);
    expect(() => c.open(ref(), env)).not.toThrow(DamagedRecordError);
    expect(() => c.withKey(() => 1)).toThrow(/after wipe/);
    c.wipe(); // idempotent
  });
});

describe('key wrapping', () => {
  it('unwraps with the right key and purpose only; damage gives null', () => {
    const kek = sodium.randombytes_buf(32);
    const key = sodium.randombytes_buf(32);
    const wrapped = wrapKey(sodium, kek, key, 'passphrase|v1');
    expect(Buffer.from(unwrapKey(sodium, kek, wrapped, 'passphrase|v1')!).equals(Buffer.from(key))).toBe(true);
    expect(unwrapKey(sodium, sodium.randombytes_buf(32), wrapped, 'passphrase|v1')).toBeNull();
    expect(unwrapKey(sodium, kek, wrapped, 'recovery|v1')).toBeNull();
    for (let i = 0; i < wrapped.length; i++) {
      const bad = Uint8Array.from(wrapped);
      bad[i]! ^= 0x20;
      expect(unwrapKey(sodium, kek, bad, 'passphrase|v1')).toBeNull();
    }
    expect(unwrapKey(sodium, kek, wrapped.subarray(0, 30), 'passphrase|v1')).toBeNull();
  });
});
