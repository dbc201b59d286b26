import type { Sodium } from '../crypto/sodium';
import type { RecordStore } from '../records/store';

/**
 * Each vault's long-term keys: X25519 (crypto_box) to receive sealed packets and Ed25519
 * (crypto_sign) to sign what it sends. Stored as an encrypted record like everything else.
 */
export const IDENTITY_TYPE = 'identity';
const IDENTITY_ID = 'identity';

export interface Identity {
  name: string | null;
  boxPublicKey: Uint8Array;
  boxSecretKey: Uint8Array;
  signPublicKey: Uint8Array;
  signSecretKey: Uint8Array;
}

interface StoredIdentity {
  name: string | null;
  boxPublicKey: string;
  boxSecretKey: string;
  signPublicKey: string;
  signSecretKey: string;
}

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

export function generateIdentity(sodium: Sodium, name: string | null = null): Identity {
  const box = sodium.crypto_box_keypair();
  const sign = sodium.crypto_sign_keypair();
  return { name, boxPublicKey: box.publicKey, boxSecretKey: box.privateKey, signPublicKey: sign.publicKey, signSecretKey: sign.privateKey };
}

export function saveIdentity(store: RecordStore, id: Identity): void {
  store.put<StoredIdentity>(IDENTITY_TYPE, IDENTITY_ID, {
    name: id.name,
    boxPublicKey: b64(id.boxPublicKey),
    boxSecretKey: b64(id.boxSecretKey),
    signPublicKey: b64(id.signPublicKey),
    signSecretKey: b64(id.signSecretKey),
  });
}

/**
 * Returns the vault's identity, creating it the first time. Vaults made before identities
 * existed get theirs on first unlock: keys live inside envelopes, so a SQL migration (which runs
 * before unlock, without the vault key) cannot create them.
 */
export function ensureIdentity(store: RecordStore, sodium: Sodium): Identity {
  const r = store.get<StoredIdentity>(IDENTITY_TYPE, IDENTITY_ID);
  if (r) {
    const v = r.value;
    return { name: v.name, boxPublicKey: unb64(v.boxPublicKey), boxSecretKey: unb64(v.boxSecretKey), signPublicKey: unb64(v.signPublicKey), signSecretKey: unb64(v.signSecretKey) };
  }
  const id = generateIdentity(sodium);
  saveIdentity(store, id);
  return id;
}

export function wipeIdentity(sodium: Sodium, id: Identity): void {
  sodium.memzero(id.boxSecretKey);
  sodium.memzero(id.signSecretKey);
}

/** A short public fingerprint of both keys, used to address packets. */
export function keyIdOf(sodium: Sodium, signPublicKey: Uint8Array, boxPublicKey: Uint8Array): string {
  const both = new Uint8Array(64);
  both.set(signPublicKey);
  both.set(boxPublicKey, 32);
  return sodium.to_hex(sodium.crypto_generichash(16, both, null));
}
