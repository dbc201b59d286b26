/**
 * Every public vector the handbook lists, reproduced through libsodium (and Argon2id also through the
 * worker the app really uses). The vectors are a copy kept with the tests; nothing reads ../shared.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import vectors from '../../fixtures/crypto-vectors.json' with { type: 'json' };
import { loadSodium, type Sodium } from '../../../electron/core/crypto/sodium';
import { createWorkerKdf, deriveInline, type Kdf, type KdfParams } from '../../../electron/core/crypto/kdf';

let sodium: Sodium;
const hex = (s: string) => sodium.from_hex(s);
const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  sodium = await loadSodium();
});

describe('XChaCha20-Poly1305 (draft-irtf-cfrg-xchacha A.3.1)', () => {
  const v = vectors.xchacha20poly1305_ietf;

  it('encrypts to the published ciphertext and tag', () => {
    const ct = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(utf8(v.plaintext_utf8), hex(v.aad), null, hex(v.nonce), hex(v.key));
    expect(sodium.to_hex(ct)).toBe(v.ciphertext_and_tag);
  });

  it('decrypts the published ciphertext back to the plaintext', () => {
    const pt = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, hex(v.ciphertext_and_tag), hex(v.aad), hex(v.nonce), hex(v.key));
    expect(new TextDecoder().decode(pt)).toBe(v.plaintext_utf8);
  });

  it('refuses the ciphertext under different associated data', () => {
    const aad = hex(v.aad);
    aad[0]! ^= 1;
    expect(() =>
      sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(null, hex(v.ciphertext_and_tag), aad, hex(v.nonce), hex(v.key)),
    ).toThrow();
  });
});

describe('Argon2id via crypto_pwhash (libsodium.js tests)', () => {
  const v = vectors.argon2id13_pwhash;
  const params: KdfParams = {
    alg: 'argon2id13',
    opslimit: v.opslimit,
    memlimit: v.memlimit_bytes,
    salt: Buffer.from(v.salt, 'hex').toString('base64'),
  };
  let kdf: Kdf;

  beforeAll(() => {
    kdf = createWorkerKdf();
  });
  afterAll(async () => {
    await kdf.close();
  });

  it('reproduces the vector with crypto_pwhash directly', () => {
    const out = sodium.crypto_pwhash(
      v.outlen,
      utf8(v.password_utf8),
      hex(v.salt),
      v.opslimit,
      v.memlimit_bytes,
      sodium.crypto_pwhash_ALG_ARGON2ID13,
    );
    expect(sodium.to_hex(out)).toBe(v.out);
  });

  it('reproduces the vector with deriveInline', () => {
    expect(sodium.to_hex(deriveInline(sodium, utf8(v.password_utf8), params, v.outlen))).toBe(v.out);
  });

  it('reproduces the vector through the worker KDF the app uses, and consumes the passphrase buffer', async () => {
    const password = utf8(v.password_utf8);
    const out = await kdf.derive(password, params, v.outlen);
    expect(sodium.to_hex(out)).toBe(v.out);
    // Transferred to the worker: nothing of it is left on this thread.
    expect(password.byteLength).toBe(0);
  });

  it('the worker and the inline derivation agree on a 32-byte vault key', async () => {
    const inline = deriveInline(sodium, utf8(v.password_utf8), params);
    const viaWorker = await kdf.derive(utf8(v.password_utf8), params);
    expect(viaWorker).toHaveLength(32);
    expect(sodium.to_hex(viaWorker)).toBe(sodium.to_hex(inline));
  });

  it('a passphrase that is a slice of a larger buffer is copied and wiped, not transferred whole', async () => {
    const pool = Buffer.alloc(64, 0x41);
    pool.write(v.password_utf8, 8, 'utf8');
    const slice = pool.subarray(8, 8 + utf8(v.password_utf8).length);
    const out = await kdf.derive(slice, params, v.outlen);
    expect(sodium.to_hex(out)).toBe(v.out);
    expect(pool.byteLength).toBe(64); // the rest of the buffer is still usable
    expect([...slice].every((b) => b === 0)).toBe(true);
    expect(pool[0]).toBe(0x41);
  });

  it('a stopped KDF rejects instead of leaving callers waiting', async () => {
    const local = createWorkerKdf();
    const pending = local.derive(utf8('x'), { ...params, opslimit: 4, memlimit: 128 * 1024 * 1024 });
    const outcome = expect(pending).rejects.toThrow(/stopped|closing/);
    await local.close();
    await outcome;
  });
});

describe('Ed25519 (RFC 8032 test 1)', () => {
  const v = vectors.ed25519;

  it('derives the public key from the seed, signs to the published signature, and verifies', () => {
    const kp = sodium.crypto_sign_seed_keypair(hex(v.seed));
    expect(sodium.to_hex(kp.publicKey)).toBe(v.public_key);
    const sig = sodium.crypto_sign_detached(hex(v.message), kp.privateKey);
    expect(sodium.to_hex(sig)).toBe(v.signature);
    expect(sodium.crypto_sign_verify_detached(hex(v.signature), hex(v.message), hex(v.public_key))).toBe(true);
  });

  it('rejects the signature for another message or a flipped bit', () => {
    expect(sodium.crypto_sign_verify_detached(hex(v.signature), utf8('x'), hex(v.public_key))).toBe(false);
    const sig = hex(v.signature);
    sig[10]! ^= 0x01;
    expect(sodium.crypto_sign_verify_detached(sig, hex(v.message), hex(v.public_key))).toBe(false);
  });
});

describe('X25519 (RFC 7748 §6.1)', () => {
  const v = vectors.x25519;

  it('computes both public keys from the secrets', () => {
    expect(sodium.to_hex(sodium.crypto_scalarmult_base(hex(v.alice_secret)))).toBe(v.alice_public);
    expect(sodium.to_hex(sodium.crypto_scalarmult_base(hex(v.bob_secret)))).toBe(v.bob_public);
  });

  it('both sides reach the published shared secret', () => {
    expect(sodium.to_hex(sodium.crypto_scalarmult(hex(v.alice_secret), hex(v.bob_public)))).toBe(v.shared);
    expect(sodium.to_hex(sodium.crypto_scalarmult(hex(v.bob_secret), hex(v.alice_public)))).toBe(v.shared);
  });
});
