import { z } from 'zod';
import { EditorStateJson, EntryKindSchema, Intensity, IsoDate, Mood } from './entry';

/** Which parts of an entry travel. Everything else stays in the sender's vault. */
export const SHARE_FIELDS = ['kind', 'title', 'body', 'mood', 'intensity', 'emotions', 'tags', 'happenedOn'] as const;
export type ShareField = (typeof SHARE_FIELDS)[number];
export const ShareFields = z.object(Object.fromEntries(SHARE_FIELDS.map((f) => [f, z.boolean()])) as Record<ShareField, z.ZodBoolean>).strict();
export type ShareFields = z.infer<typeof ShareFields>;
export const DEFAULT_SHARE_FIELDS: ShareFields = { kind: true, title: true, body: true, mood: true, intensity: false, emotions: true, tags: false, happenedOn: true };

export const RecordIdText = z.string().regex(/^[a-z0-9]{26}$/);

/** One entry as the partner will see it: a frozen snapshot of the chosen fields plus a note. */
export const SharedEntry = z
  .object({
    sharedId: RecordIdText,
    kind: EntryKindSchema.optional(),
    title: z.string().max(200).optional(),
    body: EditorStateJson.optional(),
    mood: Mood.nullable().optional(),
    intensity: Intensity.nullable().optional(),
    emotions: z.array(z.string().max(40)).max(20).optional(),
    tags: z.array(z.string().max(40)).max(30).optional(),
    happenedOn: IsoDate.optional(),
    /** "What I'd like you to understand": written for the partner, only for this share. */
    note: z.string().max(2000).optional(),
  })
  .strict();
export type SharedEntry = z.infer<typeof SharedEntry>;

/** The sealed part of a packet. */
export const PacketPayload = z
  .object({
    packetId: z.string(),
    conversationId: RecordIdText.nullable(),
    senderName: z.string().max(60),
    entries: z.array(SharedEntry).min(1).max(100),
  })
  .strict();
export type PacketPayload = z.infer<typeof PacketPayload>;

const B64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);
const KeyId = z.string().regex(/^[0-9a-f]{32}$/);

/**
 * A share packet file (JSON). Everything outside `ciphertext` is visible to whoever carries the
 * file; it holds no names or content, only ids and times. See README "Share packets".
 */
export const PacketEnvelope = z
  .object({
    format: z.literal('mend.share-packet'),
    version: z.literal(1),
    packetId: z.string().regex(/^[0-9a-f]{32}$/),
    senderKeyId: KeyId,
    recipientKeyId: KeyId,
    conversationId: RecordIdText.nullable(),
    createdAt: z.number().int().nonnegative(),
    expiresAt: z.number().int().nonnegative().nullable(),
    nonce: B64.length(32),
    ciphertext: B64.max(12_000_000),
    signature: B64.length(88),
  })
  .strict();
export type PacketEnvelope = z.infer<typeof PacketEnvelope>;

/** 8 MiB: about 100 long entries; checked on the raw bytes before anything is parsed. */
export const MAX_PACKET_BYTES = 8 * 1024 * 1024;

/** A partner card: public keys and a display name, self-signed. */
export const PartnerCard = z
  .object({
    format: z.literal('mend.partner-card'),
    version: z.literal(1),
    name: z.string().trim().min(1).max(60),
    boxPublicKey: B64.length(44),
    signPublicKey: B64.length(44),
    signature: B64.length(88),
  })
  .strict();
export type PartnerCard = z.infer<typeof PartnerCard>;

export const CARD_PREFIX = 'MEND-CARD-1:';
export const MAX_CARD_CHARS = 4000;
