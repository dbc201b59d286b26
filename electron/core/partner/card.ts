import { MendError } from '../../../shared/errors';
import { CARD_PREFIX, MAX_CARD_CHARS, PartnerCard } from '../../../shared/domain/share';
import type { Sodium } from '../crypto/sodium';
import type { Identity } from './identity';

const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');

function signedBytes(name: string, boxPublicKey: string, signPublicKey: string): Uint8Array {
  return new TextEncoder().encode(`mend.partner-card|v1|${name}|${boxPublicKey}|${signPublicKey}`);
}

/** "My partner card": public keys and a name, self-signed, as a copyable text code. */
export function makeCardCode(sodium: Sodium, id: Identity, name: string): string {
  const boxPublicKey = b64(id.boxPublicKey);
  const signPublicKey = b64(id.signPublicKey);
  const signature = b64(sodium.crypto_sign_detached(signedBytes(name, boxPublicKey, signPublicKey), id.signSecretKey));
  const card: PartnerCard = { format: 'mend.partner-card', version: 1, name, boxPublicKey, signPublicKey, signature };
  return CARD_PREFIX + Buffer.from(JSON.stringify(card), 'utf8').toString('base64url');
}

export interface ParsedCard {
  name: string;
  boxPublicKey: Uint8Array;
  signPublicKey: Uint8Array;
}

const rejected = (why: string) => new MendError('card_rejected', why);

/** Accepts the code with or without whitespace or line breaks (it may have been pasted from an email). */
export function parseCardCode(sodium: Sodium, text: string): ParsedCard {
  const clean = text.replace(/\s+/g, '');
  if (clean.length > MAX_CARD_CHARS || !clean.startsWith(CARD_PREFIX)) {
    throw rejected('That is not a Mend partner card. A card starts with "MEND-CARD-1:". Ask your partner to copy it again.');
  }
  let card: PartnerCard;
  try {
    card = PartnerCard.parse(JSON.parse(Buffer.from(clean.slice(CARD_PREFIX.length), 'base64url').toString('utf8')));
  } catch {
    throw rejected('This partner card is incomplete or damaged. Ask your partner to copy it again.');
  }
  const boxPublicKey = new Uint8Array(Buffer.from(card.boxPublicKey, 'base64'));
  const signPublicKey = new Uint8Array(Buffer.from(card.signPublicKey, 'base64'));
  const signature = new Uint8Array(Buffer.from(card.signature, 'base64'));
  let ok: boolean;
  try {
    ok = sodium.crypto_sign_verify_detached(signature, signedBytes(card.name, card.boxPublicKey, card.signPublicKey), signPublicKey);
  } catch {
    ok = false;
  }
  if (!ok) throw rejected('This partner card was changed after it was made, so Mend will not trust it. Ask your partner for a fresh one.');
  return { name: card.name, boxPublicKey, signPublicKey };
}
