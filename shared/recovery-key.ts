/**
 * Recovery keys are 20 random bytes (160 bits) written in Crockford base32 as eight groups of four,
 * e.g. `7KQ2-M9XD-...`. Crockford's alphabet has no I, L, O or U, and reading maps the look-alikes
 * back (O→0, I/L→1), so a key copied by hand from paper still works.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const RECOVERY_KEY_BYTES = 20;
export const RECOVERY_KEY_GROUPS = 8;
const CHARS = (RECOVERY_KEY_BYTES * 8) / 5; // 32

export function encodeRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error('recovery key must be 20 bytes');
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** Normalises what a person typed: case, spaces, dashes and look-alike letters don't matter. */
export function normalizeRecoveryKey(text: string): string {
  return text
    .toUpperCase()
    // Any dash: keys pasted from a PDF or word processor often come with typographic ones.
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export function decodeRecoveryKey(text: string): Uint8Array | null {
  const clean = normalizeRecoveryKey(text);
  if (clean.length !== CHARS) return null;
  const out = new Uint8Array(RECOVERY_KEY_BYTES);
  let bits = 0;
  let value = 0;
  let i = 0;
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) return null;
    value = (value << 5) | v;
    bits += 5;
    if (bits >= 8) {
      out[i++] = (value >>> (bits - 8)) & 0xff;
      bits -= 8;
      value &= (1 << bits) - 1;
    }
  }
  return out;
}

/** The groups a person re-types to prove they kept the key (1-based positions, stable per key). */
export function confirmationGroups(key: string): [number, number] {
  const groups = key.split('-');
  // Derived from the key itself so the screen is the same if re-rendered, but differs per vault.
  const a = (groups[0]!.charCodeAt(0) % 3) + 2; // group 2..4
  const b = (groups[7]!.charCodeAt(3) % 3) + 6; // group 6..8
  return [a, b];
}
