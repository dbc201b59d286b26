import { randomFillSync } from 'node:crypto';

/**
 * Cryptographically secure random bytes from the platform CSPRNG (OpenSSL's RAND_bytes, in Node
 * and in Electron's main process alike). libsodium.js's randombytes_buf reaches a CSPRNG through
 * Emscripten a few bytes at a time: about 54 µs and a trail of small Node buffers per 24-byte
 * nonce, and every save needs two nonces. The garbage alone made collector pauses the slowest
 * part of a save.
 */
export function randomBytes(n: number): Uint8Array {
  return randomFillSync(new Uint8Array(n));
}
