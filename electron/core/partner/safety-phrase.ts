import { SAFETY_WORDS } from '../../../shared/domain/safety-words';
import type { Sodium } from '../crypto/sodium';

export const SAFETY_PHRASE_WORDS = 6;

/**
 * Both partners see the same six words: a hash of both cards' public keys, in a canonical order
 * (sorted), so neither side's view depends on who imported whom. Comparing them aloud proves no
 * one swapped a card on the way (48 bits: an attacker would need ~2^47 tries per pairing).
 */
export function safetyPhrase(sodium: Sodium, a: { sign: Uint8Array; box: Uint8Array }, b: { sign: Uint8Array; box: Uint8Array }): string[] {
  const hexA = sodium.to_hex(a.sign) + sodium.to_hex(a.box);
  const hexB = sodium.to_hex(b.sign) + sodium.to_hex(b.box);
  const [first, second] = hexA < hexB ? [hexA, hexB] : [hexB, hexA];
  const digest = sodium.crypto_generichash(32, new TextEncoder().encode(`mend.safety-phrase|v1|${first}|${second}`), null);
  return Array.from(digest.subarray(0, SAFETY_PHRASE_WORDS), (byte) => SAFETY_WORDS[byte]!);
}
