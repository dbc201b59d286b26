import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/app';
import { TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { ManualClock } from '../../../electron/core/ports';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { MendError } from '../../../shared/errors';
import { lexical } from '../journal/setup';
import { mkdtempSync, rmSync, mkdirSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';

/**
 * Two partners on ONE data directory (a shared laptop): one core, two vaults, taking turns.
 * Files move between them through the dialogs port, as a USB stick or email would carry them.
 */
export interface Couple {
  core: Core;
  clock: ManualClock;
  dataDir: string;
  outbox: string;
  queueOpen(path: string): void;
  queueOpenDirectory(path: string): void;
  lastSaved(): { path: string; bytes: Buffer };
  call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>>;
  as(who: 'alex' | 'blair'): Promise<void>;
  vaults: { alex: string; blair: string };
  cleanup(): Promise<void>;
}

export const PASS = { alex: 'alex walks the river path', blair: 'blair paints morning light' };

export async function makeCouple(): Promise<Couple> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-couple-'));
  const outbox = join(dataDir, '..', `${dataDir.split('/').pop()}-outbox`);
  mkdirSync(outbox, { recursive: true });
  const clock = new ManualClock(Date.UTC(2026, 5, 15, 12));
  const openQueue: string[] = [];
  const dirQueue: string[] = [];
  const saved: { path: string; bytes: Buffer }[] = [];
  const core = await createCore({
    dataDir,
    ports: {
      clock,
      notifier: { show: () => {} },
      dialogs: {
        saveFile: async ({ suggestedName, data }) => {
          const path = join(outbox, `${saved.length + 1}-${suggestedName}`);
          writeFileSync(path, data);
          saved.push({ path, bytes: Buffer.from(data) });
          return path;
        },
        openFile: async ({ maxBytes }) => {
          const path = openQueue.shift();
          if (!path) return null;
          const data = readFileSync(path);
          if (data.length > maxBytes) return null;
          return { name: path, data: new Uint8Array(data) };
        },
        openDirectory: async ({ extensions, maxFileBytes }) => {
          const root = dirQueue.shift();
          if (!root) return null;
          const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
            .filter((n) => extensions.some((e) => n.toLowerCase().endsWith(e)))
            .sort()
            .map((n) => ({ path: n, data: new Uint8Array(readFileSync(join(root, n))) }));
          return {
            files: files.filter((f) => f.data.length <= maxFileBytes),
            skipped: files.filter((f) => f.data.length > maxFileBytes).map((f) => f.path),
          };
        },
      },
      power: { subscribe: () => () => {} },
    },
    version: 'test',
    platform: 'test',
    kdfCost: TEST_KDF_COST,
  });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw MendError.fromInfo(r.error);
    return r.value as OutputOf<K>;
  };
  const alex = (await call('vault.create', { label: 'Alex', passphrase: PASS.alex })).vaultId;
  await call('partner.setMyName', { name: 'Alex' });
  await call('vault.lock', {});
  const blair = (await call('vault.create', { label: 'Blair', passphrase: PASS.blair })).vaultId;
  await call('partner.setMyName', { name: 'Blair' });
  await call('vault.lock', {});
  const vaults = { alex, blair };
  return {
    core,
    clock,
    dataDir,
    outbox,
    vaults,
    call,
    queueOpen: (p) => openQueue.push(p),
    queueOpenDirectory: (p) => dirQueue.push(p),
    lastSaved: () => saved[saved.length - 1]!,
    async as(who) {
      if ((await call('vault.status', {})).state === 'unlocked') await call('vault.lock', {});
      await call('vault.unlock', { vaultId: vaults[who], passphrase: PASS[who] });
    },
    async cleanup() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(outbox, { recursive: true, force: true });
    },
  };
}

/** Both import each other's card and mark each other verified. */
export async function pair(c: Couple): Promise<void> {
  await c.as('alex');
  const alexCard = (await c.call('partner.myCard', {})).code;
  await c.as('blair');
  const blairCard = (await c.call('partner.myCard', {})).code;
  await c.call('partner.importCard', { code: alexCard });
  await c.call('partner.verify', {});
  await c.as('alex');
  await c.call('partner.importCard', { code: blairCard });
  await c.call('partner.verify', {});
}

export async function writeEntries(c: Couple, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const e = await c.call('entries.create', {
      kind: i % 2 ? 'small-recovery' : 'setback',
      title: `Entry ${i + 1}`,
      body: lexical(`Body of entry ${i + 1}.`, 'I felt unseen, then a little better.'),
      mood: 3,
      intensity: 4,
      emotions: ['hurt', 'hopeful'],
      tags: ['private-tag'],
      happenedOn: `2026-06-1${i}`,
    });
    ids.push(e.id);
  }
  return ids;
}
