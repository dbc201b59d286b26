import { randomBytes } from './crypto/random';

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567';

/** 130 random bits as 26 lowercase base32 characters: safe in file names and record ids. */
export function randomId(): string {
  const bytes = randomBytes(17);
  let out = '';
  let value = 0;
  let bits = 0;
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < 26) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out;
}
