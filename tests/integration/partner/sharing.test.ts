import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SHARE_FIELDS } from '../../../shared/domain/share';
import { makeCouple, pair, writeEntries, type Couple } from './couple';

let c: Couple;
beforeEach(async () => {
  c = await makeCouple();
});
afterEach(async () => {
  await c.cleanup();
});

const fieldsWithoutTags = { ...DEFAULT_SHARE_FIELDS, tags: false, intensity: true };
const b64 = (b: Buffer | Uint8Array) => Buffer.from(b).toString('base64');

async function alexSends(n = 3, extra: { expiresInDays?: number } = {}) {
  await c.as('alex');
  const ids = await writeEntries(c, n);
  const req = {
    items: ids.map((entryId, i) => ({ entryId, note: i === 0 ? 'What I would like you to understand: I was scared.' : '' })),
    fields: fieldsWithoutTags,
    ...extra,
  };
  const preview = await c.call('share.preview', req);
  const sent = await c.call('share.send', req);
  expect(sent.saved).toBe(true);
  return { ids, preview, packet: c.lastSaved(), packetId: sent.packetId! };
}

describe('pairing', () => {
  it('gives both partners the same safety phrase and marks them verified', async () => {
    await pair(c);
    await c.as('alex');
    const a = await c.call('partner.status', {});
    await c.as('blair');
    const b = await c.call('partner.status', {});
    expect(a.partner).toMatchObject({ name: 'Blair', verified: true, keyChanged: false });
    expect(b.partner).toMatchObject({ name: 'Alex', verified: true, keyChanged: false });
    expect(a.partner!.safetyPhrase).toHaveLength(6);
    expect(a.partner!.safetyPhrase).toEqual(b.partner!.safetyPhrase);
    expect(a.me.keyId).toBe(b.partner!.keyId);
  });

  it('accepts a card pasted with line breaks and refuses damaged, forged or own cards', async () => {
    await c.as('alex');
    const card = (await c.call('partner.myCard', {})).code;
    await expect(c.call('partner.importCard', { code: card })).rejects.toMatchObject({ code: 'card_rejected' });
    await c.as('blair');
    await expect(c.call('partner.importCard', { code: 'hello' })).rejects.toMatchObject({ code: 'card_rejected' });
    await expect(c.call('partner.importCard', { code: card.slice(0, -10) })).rejects.toMatchObject({ code: 'card_rejected' });
    // Change the name inside the card: the self-signature no longer matches.
    const json = JSON.parse(Buffer.from(card.slice('MEND-CARD-1:'.length), 'base64url').toString());
    json.name = 'Mallory';
    const forged = 'MEND-CARD-1:' + Buffer.from(JSON.stringify(json)).toString('base64url');
    await expect(c.call('partner.importCard', { code: forged })).rejects.toMatchObject({ code: 'card_rejected' });
    expect((await c.call('partner.status', {})).partner).toBeNull();
    const wrapped = card.replace(/(.{60})/g, '$1\n  ');
    expect((await c.call('partner.importCard', { code: wrapped })).partner).toMatchObject({ name: 'Alex', verified: false });
  });

  it('warns and asks to verify again when a paired partner’s keys change, and can unpair', async () => {
    await pair(c);
    // "Alex" on a new vault: same name, new keys.
    await c.call('vault.lock', {});
    await c.call('vault.create', { label: 'Alex again', passphrase: 'another long river passphrase' });
    await c.call('partner.setMyName', { name: 'Alex' });
    const newCard = (await c.call('partner.myCard', {})).code;
    await c.as('blair');
    const status = await c.call('partner.importCard', { code: newCard });
    expect(status.partner).toMatchObject({ name: 'Alex', verified: false, keyChanged: true });
    expect((await c.call('partner.unpair', {})).partner).toBeNull();
  });

  it('gives vaults made before partner keys existed their keys on first unlock', async () => {
    await c.as('alex');
    const before = (await c.call('partner.status', {})).me.keyId;
    c.core.vaults.requireSession().store.delete('identity');
    await c.as('alex');
    const after = (await c.call('partner.status', {})).me.keyId;
    expect(after).toMatch(/^[0-9a-f]{32}$/);
    expect(after).not.toBe(before);
  });
});

describe('sharing', () => {
  it('delivers exactly the previewed content, with chosen fields only, and logs it', async () => {
    await pair(c);
    const { ids, preview, packetId } = await alexSends(3);
    expect(preview.entries).toHaveLength(3);
    expect(preview.entries[0]).toMatchObject({ title: 'Entry 1', note: 'What I would like you to understand: I was scared.', intensity: 4 });
    expect(preview.entries[0]).not.toHaveProperty('tags');
    const log = await c.call('share.log', {});
    expect(log.items[0]).toMatchObject({ packetId, partnerName: 'Blair', entryIds: ids });
    const shared = await c.call('entries.list', { filters: { sharing: 'shared' } });
    expect(shared.total).toBe(3);

    await c.as('blair');
    c.queueOpen(c.lastSaved().path);
    const result = await c.call('share.importPacket', {});
    expect(result).toEqual({ cancelled: false, packetId, imported: 3, from: 'Alex' });
    const received = (await c.call('received.list', {})).items;
    const strip = ({ id: _i, packetId: _p, from: _f, receivedAt: _r, conversationId: _c, reflection: _x, ...rest }: (typeof received)[number]) => rest;
    expect(received.map(strip).sort((a, b) => a.title!.localeCompare(b.title!))).toEqual(preview.entries);
    expect(received.every((r) => r.from === 'Alex' && r.reflection === '')).toBe(true);
  });

  it('says "already imported" the second time and adds nothing', async () => {
    await pair(c);
    const { packet } = await alexSends(2);
    await c.as('blair');
    await c.call('share.importPacketData', { name: 'p', data: b64(packet.bytes) });
    await expect(c.call('share.importPacketData', { name: 'p', data: b64(packet.bytes) })).rejects.toMatchObject({ code: 'already_imported', message: expect.stringMatching(/already imported/) });
    expect((await c.call('received.list', {})).items).toHaveLength(2);
  });

  it('keeps private reflections on received entries on the recipient’s side', async () => {
    await pair(c);
    await alexSends(1);
    await c.as('blair');
    c.queueOpen(c.lastSaved().path);
    await c.call('share.importPacket', {});
    const [r] = (await c.call('received.list', {})).items;
    const reflected = await c.call('received.reflect', { id: r!.id, reflection: 'I did not know it felt like that.' });
    expect(reflected.reflection).toBe('I did not know it felt like that.');
    expect(reflected.title).toBe(r!.title);
    await c.as('blair');
    expect((await c.call('received.list', {})).items[0]!.reflection).toBe('I did not know it felt like that.');
  });

  it('refuses to share before pairing and verification', async () => {
    await c.as('alex');
    const [id] = await writeEntries(c, 1);
    await expect(c.call('share.preview', { items: [{ entryId: id! }], fields: DEFAULT_SHARE_FIELDS })).rejects.toMatchObject({ code: 'not_paired' });
  });
});

describe('a packet is rejected with a clear reason and imports nothing', () => {
  async function blairTries(bytes: Buffer | Uint8Array) {
    await c.as('blair');
    const before = (await c.call('received.list', {})).items.length;
    const r = await c.core.dispatch('share.importPacketData', { name: 'x', data: b64(bytes) });
    expect((await c.call('received.list', {})).items.length).toBe(before);
    if (r.ok) throw new Error('packet was accepted');
    return r.error;
  }

  it('tampered ciphertext, header or signature', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    const env = JSON.parse(packet.bytes.toString());
    for (const field of ['ciphertext', 'nonce', 'signature', 'packetId', 'createdAt', 'conversationId'] as const) {
      const copy = { ...env };
      if (field === 'createdAt') copy.createdAt += 1;
      else if (field === 'conversationId') copy.conversationId = 'a'.repeat(26);
      else if (field === 'packetId') copy.packetId = '0'.repeat(32);
      else copy[field] = (copy[field][0] === 'A' ? 'B' : 'A') + copy[field].slice(1);
      const err = await blairTries(Buffer.from(JSON.stringify(copy)));
      expect(err.code, field).toBe('packet_rejected');
      expect(err.message).toMatch(/Nothing was imported/);
    }
  });

  it('flipping a byte anywhere in the file', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    const step = Math.max(1, Math.floor(packet.bytes.length / 120));
    for (let i = 0; i < packet.bytes.length; i += step) {
      const copy = Buffer.from(packet.bytes);
      copy[i] = copy[i]! ^ 0x04;
      const err = await blairTries(copy);
      expect(['packet_rejected'], `byte ${i}`).toContain(err.code);
    }
  });

  it('truncated, empty, oversized and not JSON', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    expect((await blairTries(packet.bytes.subarray(0, packet.bytes.length - 20))).message).toMatch(/cut short|not a Mend share packet/);
    expect((await blairTries(Buffer.alloc(0))).code).toBe('packet_rejected');
    expect((await blairTries(Buffer.from('{"format":"mend.share-packet","version":2}'))).message).toMatch(/newer version/);
    const huge = Buffer.alloc(8 * 1024 * 1024 + 1, 0x20);
    const r = await c.core.dispatch('share.importPacketData', { name: 'x', data: b64(huge) });
    expect(r).toMatchObject({ ok: false });
  });

  it('expired', async () => {
    await pair(c);
    const { packet } = await alexSends(1, { expiresInDays: 1 });
    c.clock.advance(2 * 24 * 60 * 60 * 1000);
    expect((await blairTries(packet.bytes)).message).toMatch(/expired/);
  });

  it('from an unverified partner', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    await c.as('blair');
    await c.call('partner.unpair', {});
    await c.as('alex');
    const alexCard = (await c.call('partner.myCard', {})).code;
    await c.as('blair');
    await c.call('partner.importCard', { code: alexCard });
    expect((await blairTries(packet.bytes)).message).toMatch(/safety phrase/);
  });

  it('with no partner paired', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    await c.as('blair');
    await c.call('partner.unpair', {});
    expect((await blairTries(packet.bytes)).code).toBe('not_paired');
  });

  it('from someone who is not the partner, and addressed to someone else', async () => {
    await pair(c);
    const { packet } = await alexSends(1);
    // Casey pairs (one-sidedly) with Alex and with nobody else.
    await c.call('vault.lock', {});
    const casey = (await c.call('vault.create', { label: 'Casey', passphrase: 'casey keeps bees quietly' })).vaultId;
    await c.call('partner.setMyName', { name: 'Casey' });
    await c.as('alex');
    const alexCard = (await c.call('partner.myCard', {})).code;
    await c.call('vault.lock', {});
    await c.call('vault.unlock', { vaultId: casey, passphrase: 'casey keeps bees quietly' });
    await c.call('partner.importCard', { code: alexCard });
    await c.call('partner.verify', {});
    const before = (await c.call('received.list', {})).items.length;
    const r = await c.core.dispatch('share.importPacketData', { name: 'x', data: b64(packet.bytes) });
    expect(r).toMatchObject({ ok: false, error: { code: 'packet_rejected', message: expect.stringMatching(/sealed for someone else/) } });
    expect((await c.call('received.list', {})).items.length).toBe(before);
    // Casey also pairs (one-sidedly) with Blair and sends to her: addressed right, wrong sender.
    await c.as('blair');
    const blairCard = (await c.call('partner.myCard', {})).code;
    await c.call('vault.lock', {});
    await c.call('vault.unlock', { vaultId: casey, passphrase: 'casey keeps bees quietly' });
    await c.call('partner.importCard', { code: blairCard });
    await c.call('partner.verify', {});
    const [id] = await writeEntries(c, 1);
    await c.call('share.send', { items: [{ entryId: id! }], fields: DEFAULT_SHARE_FIELDS });
    const fromCasey = readFileSync(c.lastSaved().path);
    await c.as('blair');
    const r2 = await c.core.dispatch('share.importPacketData', { name: 'x', data: b64(fromCasey) });
    expect(r2).toMatchObject({ ok: false, error: { code: 'packet_rejected', message: expect.stringMatching(/does not come from your paired partner/) } });
  });
});
