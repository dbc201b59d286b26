import { z } from 'zod';
import { channel } from './define';
import { Empty } from './app';
import { EntryId } from '../domain/entry';
import { MAX_CARD_CHARS, MAX_PACKET_BYTES, RecordIdText, SharedEntry, ShareFields } from '../domain/share';

const DisplayName = z.string().trim().min(1, 'Enter a name.').max(60, 'Keep the name to 60 characters.');

export const PartnerInfo = z.object({
  name: z.string(),
  keyId: z.string(),
  verified: z.boolean(),
  pairedAt: z.number(),
  verifiedAt: z.number().nullable(),
  /** The partner's card changed keys since it was verified: compare the safety phrase again. */
  keyChanged: z.boolean(),
  safetyPhrase: z.array(z.string()),
});
export type PartnerInfo = z.infer<typeof PartnerInfo>;

export const PartnerStatus = z.object({
  me: z.object({ name: z.string().nullable(), keyId: z.string() }),
  partner: PartnerInfo.nullable(),
});
export type PartnerStatus = z.infer<typeof PartnerStatus>;

export const ShareRequest = z
  .object({
    conversationId: RecordIdText.nullable().default(null),
    items: z
      .array(z.object({ entryId: EntryId, note: z.string().trim().max(2000, 'Keep each note to 2000 characters.').default('') }).strict())
      .min(1, 'Choose at least one entry to share.')
      .max(100, 'Share up to 100 entries at a time.')
      .refine((xs) => new Set(xs.map((x) => x.entryId)).size === xs.length, 'Each entry can be chosen once.'),
    fields: ShareFields,
    expiresInDays: z.number().int().min(1).max(365).nullable().default(null),
  })
  .strict();
export type ShareRequest = z.infer<typeof ShareRequest>;

export const SharePreview = z.object({ partnerName: z.string(), senderName: z.string(), entries: z.array(SharedEntry) });
export type SharePreview = z.infer<typeof SharePreview>;

export const ShareLogItem = z.object({
  packetId: z.string(),
  conversationId: z.string().nullable(),
  sharedAt: z.number(),
  partnerName: z.string(),
  entryIds: z.array(z.string()),
  fields: z.array(z.string()),
});

export const ReceivedEntry = SharedEntry.extend({
  id: z.string(),
  packetId: z.string(),
  from: z.string(),
  receivedAt: z.number(),
  conversationId: z.string().nullable(),
  /** The recipient's own private thoughts on it; never travels back unless shared in turn. */
  reflection: z.string(),
});
export type ReceivedEntry = z.infer<typeof ReceivedEntry>;

export const ImportResult = z.object({ cancelled: z.boolean(), packetId: z.string().nullable(), imported: z.number().int(), from: z.string().nullable() });

/** base64 of at most MAX_PACKET_BYTES; the exact byte limit is checked again after decoding. */
const PacketData = z.string().max(Math.ceil(MAX_PACKET_BYTES / 3) * 4 + 4, 'That file is too large to be a Mend packet.');

export const partnerContract = {
  'partner.status': channel(Empty, PartnerStatus),
  'partner.setMyName': channel(z.object({ name: DisplayName }).strict(), PartnerStatus),
  'partner.myCard': channel(Empty, z.object({ code: z.string() })),
  'partner.saveMyCard': channel(Empty, z.object({ saved: z.boolean() })),
  'partner.importCard': channel(z.object({ code: z.string().max(MAX_CARD_CHARS, 'That is too long to be a partner card.') }).strict(), PartnerStatus),
  'partner.importCardFile': channel(Empty, z.object({ cancelled: z.boolean(), status: PartnerStatus })),
  'partner.verify': channel(Empty, PartnerStatus),
  'partner.unpair': channel(Empty, PartnerStatus),
  'share.preview': channel(ShareRequest, SharePreview),
  'share.send': channel(ShareRequest, z.object({ saved: z.boolean(), packetId: z.string().nullable() })),
  'share.log': channel(Empty, z.object({ items: z.array(ShareLogItem) })),
  'share.importPacket': channel(Empty, ImportResult),
  'share.importPacketData': channel(z.object({ name: z.string().max(255), data: PacketData }).strict(), ImportResult),
  'received.list': channel(z.object({ conversationId: RecordIdText.optional() }).strict(), z.object({ items: z.array(ReceivedEntry) })),
  'received.reflect': channel(z.object({ id: z.string().max(64), reflection: z.string().max(20_000) }).strict(), ReceivedEntry),
};
