import type { Sodium } from '../crypto/sodium';

/** The two key slots of a vault header wrap the same vault key for different secrets. */
export const passphrasePurpose = (vaultId: string) => `passphrase|${vaultId}`;
export const recoveryPurpose = (vaultId: string) => `recovery|${vaultId}`;

/** The recovery key is 160 random bits, so a keyed hash suffices; no slow KDF is needed. */
export function recoveryKek(sodium: Sodium, vaultId: string, keyBytes: Uint8Array, salt: Uint8Array): Uint8Array {
  const context = new TextEncoder().encode(`mend.recovery|${vaultId}|`);
  const msg = new Uint8Array(context.length + keyBytes.length);
  msg.set(context);
  msg.set(keyBytes, context.length);
  const kek = sodium.crypto_generichash(32, msg, salt);
  sodium.memzero(msg);
  return kek;
}
