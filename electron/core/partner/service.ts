import { MendError } from '../../../shared/errors';
import type { ImportResult, PartnerStatus, ReceivedEntry, SharePreview, ShareRequest } from '../../../shared/contract';
import { MAX_PACKET_BYTES, type SharedEntry } from '../../../shared/domain/share';
import type { z } from 'zod';
import type { Sodium } from '../crypto/sodium';
import { randomId } from '../ids';
import type { JournalService } from '../journal/service';
import type { Clock, Dialogs } from '../ports';
import { isDamaged } from '../records/store';
import type { VaultService } from '../vault/service';
import { makeCardCode, parseCardCode } from './card';
import { ensureIdentity, keyIdOf, saveIdentity, wipeIdentity, type Identity } from './identity';
import { openPacket, parseEnvelope, sealPacket } from './packet';
import { safetyPhrase } from './safety-phrase';
import { randomBytes } from '../crypto/random';

const PARTNER_TYPE = 'partner';
const PARTNER_ID = 'partner';
const RECEIVED_TYPE = 'received';
const PACKET_IN_TYPE = 'packet-in';
const SHARE_LOG_TYPE = 'share-log';

interface StoredPartner {
  name: string;
  boxPublicKey: string;
  signPublicKey: string;
  keyId: string;
  verified: boolean;
  pairedAt: number;
  verifiedAt: number | null;
  keyChanged: boolean;
}

type StoredReceived = Omit<ReceivedEntry, 'id'>;
interface StoredShareLog {
  packetId: string;
  conversationId: string | null;
  sharedAt: number;
  partnerName: string;
  entryIds: string[];
  fields: string[];
}

const unb64 = (s: string) => new Uint8Array(Buffer.from(s, 'base64'));
const DAY = 24 * 60 * 60 * 1000;

/**
 * Pairing and deliberate sharing. Nothing leaves a vault except as a packet the person previewed
 * and saved themselves; nothing enters except a packet sealed to this vault by the verified partner.
 */
export class PartnerService {
  constructor(
    private readonly vaults: VaultService,
    private readonly journal: JournalService,
    private readonly sodium: Sodium,
    private readonly clock: Clock,
    private readonly dialogs: Dialogs,
  ) {
    // New vaults get their keys at creation; older ones on their first unlock.
    vaults.onUnlock((session) => wipeIdentity(sodium, ensureIdentity(session.store, sodium)));
  }

  status(): PartnerStatus {
    return this.withIdentity((me) => this.statusOf(me));
  }

  setMyName(name: string): PartnerStatus {
    return this.withIdentity((me) => {
      me.name = name;
      saveIdentity(this.store(), me);
      return this.statusOf(me);
    });
  }

  myCardCode(): string {
    return this.withIdentity((me) => {
      if (!me.name) throw new MendError('invalid_input', 'Add the name your partner knows you by first.');
      return makeCardCode(this.sodium, me, me.name);
    });
  }

  async saveMyCard(): Promise<{ saved: boolean }> {
    const code = this.myCardCode();
    const name = this.withIdentity((me) => me.name ?? 'me');
    const path = await this.dialogs.saveFile({
      suggestedName: `${safeFileName(name)} - Mend partner card.mendcard`,
      data: new TextEncoder().encode(code + '\n'),
      filters: [{ name: 'Mend partner card', extensions: ['mendcard', 'txt'] }],
    });
    return { saved: path !== null };
  }

  importCard(code: string): PartnerStatus {
    return this.withIdentity((me) => {
      const card = parseCardCode(this.sodium, code);
      const keyId = keyIdOf(this.sodium, card.signPublicKey, card.boxPublicKey);
      if (keyId === keyIdOf(this.sodium, me.signPublicKey, me.boxPublicKey)) {
        throw new MendError('card_rejected', 'That is your own partner card. Import the card your partner gives you.');
      }
      const existing = this.readPartner();
      const b64 = (u: Uint8Array) => Buffer.from(u).toString('base64');
      const now = this.clock.now();
      let next: StoredPartner;
      if (existing && existing.keyId === keyId) {
        next = { ...existing, name: card.name };
      } else {
        // New keys for an existing partner: keep the pairing but require comparing the phrase again.
        next = {
          name: card.name,
          boxPublicKey: b64(card.boxPublicKey),
          signPublicKey: b64(card.signPublicKey),
          keyId,
          verified: false,
          pairedAt: existing?.pairedAt ?? now,
          verifiedAt: null,
          keyChanged: existing !== null,
        };
      }
      this.store().put(PARTNER_TYPE, PARTNER_ID, next);
      return this.statusOf(me);
    });
  }

  async importCardFile(): Promise<{ cancelled: boolean; status: PartnerStatus }> {
    const file = await this.dialogs.openFile({ filters: [{ name: 'Mend partner card', extensions: ['mendcard', 'txt'] }], maxBytes: 16 * 1024 });
    if (!file) return { cancelled: true, status: this.status() };
    return { cancelled: false, status: this.importCard(new TextDecoder().decode(file.data)) };
  }

  verify(): PartnerStatus {
    return this.withIdentity((me) => {
      const p = this.readPartner();
      if (!p) throw new MendError('not_paired', 'Import your partner’s card first.');
      this.store().put(PARTNER_TYPE, PARTNER_ID, { ...p, verified: true, verifiedAt: this.clock.now(), keyChanged: false });
      return this.statusOf(me);
    });
  }

  unpair(): PartnerStatus {
    return this.withIdentity((me) => {
      this.store().delete(PARTNER_ID);
      return this.statusOf(me);
    });
  }

  preview(req: ShareRequest): SharePreview {
    return this.withIdentity((me) => {
      const p = this.requireVerifiedPartner();
      return { partnerName: p.name, senderName: me.name ?? '', entries: this.snapshot(req) };
    });
  }

  async send(req: ShareRequest): Promise<{ saved: boolean; packetId: string | null }> {
    const { bytes, packetId, partnerName } = this.withIdentity((me) => {
      if (!me.name) throw new MendError('invalid_input', 'Add the name your partner knows you by first (Partner section).');
      const p = this.requireVerifiedPartner();
      const packetId = this.sodium.to_hex(randomBytes(16));
      const now = this.clock.now();
      const entries = this.snapshot(req);
      const bytes = sealPacket(this.sodium, {
        packetId,
        senderKeyId: keyIdOf(this.sodium, me.signPublicKey, me.boxPublicKey),
        recipientKeyId: p.keyId,
        conversationId: req.conversationId,
        createdAt: now,
        expiresAt: req.expiresInDays ? now + req.expiresInDays * DAY : null,
        payload: { packetId, conversationId: req.conversationId, senderName: me.name, entries },
        senderBoxSecretKey: me.boxSecretKey,
        senderSignSecretKey: me.signSecretKey,
        recipientBoxPublicKey: unb64(p.boxPublicKey),
      });
      return { bytes, packetId, partnerName: p.name };
    });
    if (bytes.length > MAX_PACKET_BYTES) throw new MendError('invalid_input', 'Those entries are too long to share in one packet. Choose fewer entries.');
    const day = new Date(this.clock.now()).toISOString().slice(0, 10);
    const path = await this.dialogs.saveFile({
      // No names in the file name: whoever carries the file should learn nothing about who it is for.
      suggestedName: `Mend share packet ${day}.mendpacket`,
      data: bytes,
      filters: [{ name: 'Mend share packet', extensions: ['mendpacket'] }],
    });
    if (path === null) return { saved: false, packetId: null };
    // Logged only once the file exists: the log says what actually left.
    const sharedAt = this.clock.now();
    const entryIds = req.items.map((i) => i.entryId);
    this.store().put<StoredShareLog>(SHARE_LOG_TYPE, `share:${packetId}`, {
      packetId,
      conversationId: req.conversationId,
      sharedAt,
      partnerName,
      entryIds,
      fields: Object.entries(req.fields).filter(([, on]) => on).map(([f]) => f),
    });
    this.journal.markShared(entryIds, sharedAt);
    return { saved: true, packetId };
  }

  shareLog() {
    const items = this.store()
      .list<StoredShareLog>(SHARE_LOG_TYPE)
      .filter((r) => !isDamaged(r))
      .map((r) => (r as { value: StoredShareLog }).value)
      .sort((a, b) => b.sharedAt - a.sharedAt);
    return { items };
  }

  async importPacketFromDialog(): Promise<z.infer<typeof ImportResult>> {
    const file = await this.dialogs.openFile({ filters: [{ name: 'Mend share packet', extensions: ['mendpacket'] }], maxBytes: MAX_PACKET_BYTES });
    if (!file) return { cancelled: true, packetId: null, imported: 0, from: null };
    return this.importPacket(file.data);
  }

  importPacketBase64(data: string): z.infer<typeof ImportResult> {
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new MendError('packet_rejected', 'This file could not be read. Nothing was imported.');
    return this.importPacket(new Uint8Array(Buffer.from(data, 'base64')));
  }

  importPacket(bytes: Uint8Array): z.infer<typeof ImportResult> {
    const env = parseEnvelope(bytes);
    return this.withIdentity((me) => {
      const p = this.readPartner();
      const store = this.store();
      const payload = openPacket(this.sodium, env, {
        myKeyId: keyIdOf(this.sodium, me.signPublicKey, me.boxPublicKey),
        myBoxSecretKey: me.boxSecretKey,
        partner: p ? { keyId: p.keyId, boxPublicKey: unb64(p.boxPublicKey), signPublicKey: unb64(p.signPublicKey), verified: p.verified } : null,
        now: this.clock.now(),
        alreadyImported: (id) => store.get(PACKET_IN_TYPE, `packet:${id}`) !== null,
      });
      const receivedAt = this.clock.now();
      // All entries and the replay marker land together, or nothing does.
      store.transaction(() => {
        for (const e of payload.entries) {
          const rec: StoredReceived = { ...e, packetId: env.packetId, from: payload.senderName, receivedAt, conversationId: env.conversationId, reflection: '' };
          store.put<StoredReceived>(RECEIVED_TYPE, randomId(), rec);
        }
        store.put(PACKET_IN_TYPE, `packet:${env.packetId}`, { receivedAt, from: payload.senderName, count: payload.entries.length });
      });
      return { cancelled: false, packetId: env.packetId, imported: payload.entries.length, from: payload.senderName };
    });
  }

  listReceived(conversationId?: string): { items: ReceivedEntry[] } {
    const items = this.store()
      .list<StoredReceived>(RECEIVED_TYPE)
      .flatMap((r) => (isDamaged(r) ? [] : [{ ...r.value, id: r.id }]))
      .filter((r) => conversationId === undefined || r.conversationId === conversationId)
      .sort((a, b) => b.receivedAt - a.receivedAt || (b.happenedOn ?? '').localeCompare(a.happenedOn ?? ''));
    return { items };
  }

  reflect(id: string, reflection: string): ReceivedEntry {
    const store = this.store();
    const r = store.get<StoredReceived>(RECEIVED_TYPE, id);
    if (!r) throw new MendError('not_found', 'That shared entry is not in your journal.');
    // Only the reflection changes: what the partner shared stays exactly as it arrived.
    const next = { ...r.value, reflection };
    store.put<StoredReceived>(RECEIVED_TYPE, id, next);
    return { ...next, id };
  }

  // ---- internals -----------------------------------------------------------------------------

  private store() {
    return this.vaults.requireSession().store;
  }

  /** Loads the identity (secret keys included) for one operation and wipes the keys after. */
  private withIdentity<T>(fn: (me: Identity) => T): T {
    const me = ensureIdentity(this.store(), this.sodium);
    try {
      return fn(me);
    } finally {
      wipeIdentity(this.sodium, me);
    }
  }

  private readPartner(): StoredPartner | null {
    return this.store().get<StoredPartner>(PARTNER_TYPE, PARTNER_ID)?.value ?? null;
  }

  private requireVerifiedPartner(): StoredPartner {
    const p = this.readPartner();
    if (!p) throw new MendError('not_paired', 'Pair with your partner first: exchange partner cards in the Partner section.');
    if (!p.verified) throw new MendError('not_paired', 'Compare the safety phrase with your partner and mark them verified before sharing.');
    return p;
  }

  private statusOf(me: Identity): PartnerStatus {
    const p = this.readPartner();
    return {
      me: { name: me.name, keyId: keyIdOf(this.sodium, me.signPublicKey, me.boxPublicKey) },
      partner: p
        ? {
            name: p.name,
            keyId: p.keyId,
            verified: p.verified,
            pairedAt: p.pairedAt,
            verifiedAt: p.verifiedAt,
            keyChanged: p.keyChanged,
            safetyPhrase: safetyPhrase(this.sodium, { sign: me.signPublicKey, box: me.boxPublicKey }, { sign: unb64(p.signPublicKey), box: unb64(p.boxPublicKey) }),
          }
        : null,
    };
  }

  /** The exact, frozen content the partner will see: the same function feeds preview and packet. */
  private snapshot(req: ShareRequest): SharedEntry[] {
    return req.items.map(({ entryId, note }) => {
      const e = this.journal.get(entryId);
      if (e.trashedAt !== null) throw new MendError('invalid_input', `“${e.title || 'An entry'}” is in the trash. Restore it to share it.`);
      const f = req.fields;
      // The entry's own random id: stable across shares, so the partner sees a re-share as the same entry.
      const s: SharedEntry = { sharedId: e.id };
      if (f.kind) s.kind = e.kind;
      if (f.title) s.title = e.title;
      if (f.body) s.body = e.body;
      if (f.mood) s.mood = e.mood;
      if (f.intensity) s.intensity = e.intensity;
      if (f.emotions) s.emotions = e.emotions;
      if (f.tags) s.tags = e.tags;
      if (f.happenedOn) s.happenedOn = e.happenedOn;
      if (note) s.note = note;
      return s;
    });
  }
}

function safeFileName(s: string): string {
  return s.replace(/[^\p{L}\p{N} _-]/gu, '').trim().slice(0, 40) || 'partner';
}
