import { MendError } from '../../../shared/errors';
import { MAX_PACKET_BYTES, PacketEnvelope, PacketPayload } from '../../../shared/domain/share';
import type { Sodium } from '../crypto/sodium';
import { randomBytes } from '../crypto/random';

/**
 * Share packet, version 1: a JSON file whose visible header carries only ids and times; the
 * payload is sealed with crypto_box (X25519 + XSalsa20-Poly1305: encrypted to the recipient and
 * authenticated as coming from the sender), and the whole file is signed with the sender's
 * Ed25519 key. The header is repeated inside the sealed payload and compared on opening.
 */
const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));

function signedBytes(h: Omit<PacketEnvelope, 'signature'>): Uint8Array {
  const parts = [h.format, h.version, h.packetId, h.senderKeyId, h.recipientKeyId, h.conversationId ?? '', h.createdAt, h.expiresAt ?? '', h.nonce, h.ciphertext];
  return new TextEncoder().encode(`mend.share-packet-signature|${parts.join('\n')}`);
}

export interface SealInput {
  packetId: string;
  senderKeyId: string;
  recipientKeyId: string;
  conversationId: string | null;
  createdAt: number;
  expiresAt: number | null;
  payload: PacketPayload;
  senderBoxSecretKey: Uint8Array;
  senderSignSecretKey: Uint8Array;
  recipientBoxPublicKey: Uint8Array;
}

export function sealPacket(sodium: Sodium, i: SealInput): Uint8Array {
  const nonce = randomBytes(sodium.crypto_box_NONCEBYTES);
  const plaintext = new TextEncoder().encode(JSON.stringify(i.payload));
  const ciphertext = sodium.crypto_box_easy(plaintext, nonce, i.recipientBoxPublicKey, i.senderBoxSecretKey);
  sodium.memzero(plaintext);
  const header: Omit<PacketEnvelope, 'signature'> = {
    format: 'mend.share-packet',
    version: 1,
    packetId: i.packetId,
    senderKeyId: i.senderKeyId,
    recipientKeyId: i.recipientKeyId,
    conversationId: i.conversationId,
    createdAt: i.createdAt,
    expiresAt: i.expiresAt,
    nonce: b64(nonce),
    ciphertext: b64(ciphertext),
  };
  const signature = b64(sodium.crypto_sign_detached(signedBytes(header), i.senderSignSecretKey));
  return new TextEncoder().encode(JSON.stringify({ ...header, signature }, null, 1));
}

const reject = (message: string) => new MendError('packet_rejected', `${message} Nothing was imported.`);

/** Step one, before any key is used: size, JSON, format and version, shape. */
export function parseEnvelope(bytes: Uint8Array): PacketEnvelope {
  if (bytes.length > MAX_PACKET_BYTES) throw reject('This file is too large to be a Mend share packet (over 8 MB).');
  if (bytes.length === 0) throw reject('This file is empty.');
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw reject('This file is not a Mend share packet, or it was cut short on the way.');
  }
  const o = raw as { format?: unknown; version?: unknown } | null;
  if (o && typeof o === 'object' && o.format === 'mend.share-packet' && typeof o.version === 'number' && o.version > 1) {
    throw reject('This packet was made by a newer version of Mend. Update Mend to open it.');
  }
  const parsed = PacketEnvelope.safeParse(raw);
  if (!parsed.success) throw reject('This file is not a Mend share packet, or it was damaged on the way.');
  return parsed.data;
}

export interface OpenContext {
  myKeyId: string;
  myBoxSecretKey: Uint8Array;
  partner: { keyId: string; boxPublicKey: Uint8Array; signPublicKey: Uint8Array; verified: boolean } | null;
  now: number;
  alreadyImported: (packetId: string) => boolean;
}

/** Checks in the order a person would want the reason: addressed to me, from my partner, intact, current, new. */
export function openPacket(sodium: Sodium, env: PacketEnvelope, ctx: OpenContext): PacketPayload {
  if (env.recipientKeyId !== ctx.myKeyId) throw reject('This packet was sealed for someone else, so it cannot be opened in this journal.');
  if (!ctx.partner) throw new MendError('not_paired', 'Pair with your partner first (import their partner card), then open what they share. Nothing was imported.');
  if (env.senderKeyId !== ctx.partner.keyId) throw reject('This packet does not come from your paired partner.');
  if (!ctx.partner.verified) {
    throw reject('Compare the safety phrase with your partner and mark them as verified before opening what they share.');
  }
  let valid: boolean;
  try {
    const { signature, ...header } = env;
    valid = sodium.crypto_sign_verify_detached(unb64(signature), signedBytes(header), ctx.partner.signPublicKey);
  } catch {
    valid = false;
  }
  if (!valid) throw reject('This packet was changed after your partner sealed it, so Mend will not open it. Ask them to send it again.');
  if (env.expiresAt !== null && ctx.now > env.expiresAt) {
    throw reject(`This packet expired on ${new Date(env.expiresAt).toDateString()}. Ask your partner to share again if they still want to.`);
  }
  if (ctx.alreadyImported(env.packetId)) throw new MendError('already_imported', 'You already imported this packet. Nothing new was added.');
  let plaintext: Uint8Array;
  try {
    plaintext = sodium.crypto_box_open_easy(unb64(env.ciphertext), unb64(env.nonce), ctx.partner.boxPublicKey, ctx.myBoxSecretKey);
  } catch {
    throw reject('This packet could not be unsealed. Ask your partner to send it again.');
  }
  let payload: PacketPayload;
  try {
    payload = PacketPayload.parse(JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(plaintext)));
  } catch {
    throw reject('This packet’s contents are not in a form Mend understands.');
  } finally {
    sodium.memzero(plaintext);
  }
  if (payload.packetId !== env.packetId || payload.conversationId !== env.conversationId) {
    throw reject('This packet’s contents do not match its label.');
  }
  return payload;
}
