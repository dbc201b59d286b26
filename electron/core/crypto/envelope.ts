import type { Sodium } from './sodium';
import { randomBytes } from './random';

/**
 * Record envelope, format 1:
 *
 *   [0x01 version][24-byte random nonce][XChaCha20-Poly1305 ciphertext + 16-byte tag]
 *
 * The associated data binds the version byte, the record type, its id and its revision, so a
 * ciphertext cannot be moved to another row, passed off as another type, re-labelled as another
 * format, or put back over a newer revision of the same row. Plaintext is padded to a multiple of
 * PAD_BLOCK bytes so the file shows only rough sizes.
 */
export const ENVELOPE_VERSION = 1;
export const PAD_BLOCK = 256;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;

export class DamagedRecordError extends Error {
  constructor(message = 'This record could not be authenticated.') {
    super(message);
    this.name = 'DamagedRecordError';
  }
}

export interface RecordRef {
  type: string;
  id: string;
  rev: number;
}

function associatedData(version: number, ref: RecordRef): Uint8Array {
  // '|' separates the fields, so it must not occur inside them: otherwise type "a|b" + id "c" and
  // type "a" + id "b|c" would share associated data and a ciphertext could move between them.
  if (ref.type.includes('|') || ref.id.includes('|')) throw new Error('record type and id cannot contain "|"');
  if (!Number.isSafeInteger(ref.rev) || ref.rev < 1) throw new Error('record revision must be a positive integer');
  const text = new TextEncoder().encode(`mend.record|${ref.type}|${ref.id}|${ref.rev}`);
  const ad = new Uint8Array(1 + text.length);
  ad[0] = version;
  ad.set(text, 1);
  return ad;
}

/** The only operations services get: seal and open records under a key they never see. */
export interface RecordCipher {
  seal(ref: RecordRef, plaintext: Uint8Array): Uint8Array;
  /** Throws DamagedRecordError when the envelope is not authentic for this ref. */
  open(ref: RecordRef, envelope: Uint8Array): Uint8Array;
  /** Lends the key to fn (only to re-wrap it under a new passphrase or recovery key). */
  withKey<T>(fn: (key: Uint8Array) => T): T;
  /** Zeroes the key; every later call throws. */
  wipe(): void;
}

export function createRecordCipher(sodium: Sodium, key: Uint8Array): RecordCipher {
  // Our own copy, so the caller's buffer can be wiped independently.
  let k: Uint8Array | null = Uint8Array.from(key);
  const liveKey = (): Uint8Array => {
    if (!k) throw new Error('record cipher used after wipe');
    return k;
  };
  return {
    seal(ref, plaintext) {
      const key = liveKey();
      const ad = associatedData(ENVELOPE_VERSION, ref);
      const padded = sodium.pad(plaintext, PAD_BLOCK);
      const nonce = randomBytes(NONCE_BYTES);
      const ct = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(padded, ad, null, nonce, key);
      sodium.memzero(padded);
      const out = new Uint8Array(1 + NONCE_BYTES + ct.length);
      out[0] = ENVELOPE_VERSION;
      out.set(nonce, 1);
      out.set(ct, 1 + NONCE_BYTES);
      return out;
    },
    open(ref, envelope) {
      if (envelope.length < 1 + NONCE_BYTES + TAG_BYTES) throw new DamagedRecordError('This record is truncated.');
      const version = envelope[0]!;
      if (version !== ENVELOPE_VERSION) throw new DamagedRecordError(`This record has an unknown format (${version}).`);
      const nonce = envelope.subarray(1, 1 + NONCE_BYTES);
      const ct = envelope.subarray(1 + NONCE_BYTES);
      // Outside the try: a wiped (locked) cipher must say so, not report every record as damaged.
      const key = liveKey();
      let ad: Uint8Array;
      try {
        ad = associatedData(version, ref);
      } catch {
        // Only a tampered row can carry an id or revision that seal() would never have accepted.
        throw new DamagedRecordError('This record has an invalid id or revision.');
      }
      let padded: Uint8Array;
      try {
        padded = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, ct, ad, nonce, key);
      } catch {
        throw new DamagedRecordError();
      }
      try {
        return sodium.unpad(padded, PAD_BLOCK);
      } catch {
        throw new DamagedRecordError('This record has invalid padding.');
      } finally {
        // unpad copies; the padded plaintext must not linger in memory.
        sodium.memzero(padded);
      }
    },
    withKey(fn) {
      return fn(liveKey());
    },
    wipe() {
      if (k) sodium.memzero(k);
      k = null;
    },
  };
}

/** Wraps (encrypts) one key under another, bound to a purpose string. Same layout as records. */
export function wrapKey(sodium: Sodium, kek: Uint8Array, key: Uint8Array, purpose: string): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const ad = new TextEncoder().encode(`mend.key-wrap|v${ENVELOPE_VERSION}|${purpose}`);
  const ct = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(key, ad, null, nonce, kek);
  const out = new Uint8Array(1 + NONCE_BYTES + ct.length);
  out[0] = ENVELOPE_VERSION;
  out.set(nonce, 1);
  out.set(ct, 1 + NONCE_BYTES);
  return out;
}

/** Returns null when the key-encryption key is wrong (or the slot damaged): callers decide the message. */
export function unwrapKey(sodium: Sodium, kek: Uint8Array, wrapped: Uint8Array, purpose: string): Uint8Array | null {
  if (wrapped.length < 1 + NONCE_BYTES + TAG_BYTES || wrapped[0] !== ENVELOPE_VERSION) return null;
  const ad = new TextEncoder().encode(`mend.key-wrap|v${ENVELOPE_VERSION}|${purpose}`);
  try {
    return sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, wrapped.subarray(1 + NONCE_BYTES), ad, wrapped.subarray(1, 1 + NONCE_BYTES), kek);
  } catch {
    return null;
  }
}
