import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHANNEL_NAMES, contract, type ChannelName } from '../../../shared/contract';
import { startHost, type Host } from '../../e2e/host/server';
import { snapshotTree } from '../helpers/core';

// The same door over HTTP (the browser test host): bad bodies, wrong origins and unknown channels
// get a JSON error, never a crash, and change nothing on disk.
const RUNS = process.env.MEND_SOAK ? 3000 : 300;
let host: Host;
let origin: string;
beforeAll(async () => {
  host = await startHost({ serveRenderer: false });
  origin = host.url.replace(/\/$/, '');
  const r = await post('vault.create', JSON.stringify({ label: 'Fuzz', passphrase: 'quartz lantern meadow vinyl 83' }));
  expect(r.status).toBe(200);
  await host.core.backups.settled();
  host.core.vaults.requireSession().db.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(async () => {
  await host.close();
});

function post(channel: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${origin}/__mend/invoke/${encodeURIComponent(channel)}`, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body });
}

/** Would the core accept this body for this channel? Only refused requests must change nothing. */
function acceptable(ch: string, body: string): boolean {
  if (!Object.hasOwn(contract, ch)) return false;
  try {
    return contract[ch as ChannelName].input.safeParse(JSON.parse(body || '{}') ?? {}).success;
  } catch {
    return false;
  }
}

it(`answers ${RUNS} hostile requests with JSON errors and changes nothing`, async () => {
  let refused = 0;
  const channel = fc.oneof(fc.constantFrom(...CHANNEL_NAMES.filter((c) => !['vault.lock', 'vault.create', 'vault.unlock'].includes(c))), fc.string({ maxLength: 30 }));
  const body = fc.oneof(fc.string({ maxLength: 200 }), fc.jsonValue({ maxDepth: 4 }).map((j) => JSON.stringify(j)), fc.constant('{'), fc.constant(''), fc.constant('null'));
  await fc.assert(
    fc.asyncProperty(channel, body, async (ch, b) => {
      const valid = acceptable(ch, b);
      const before = valid ? null : snapshotTree(host.dataDir);
      const r = await post(ch, b);
      expect([200, 400, 404]).toContain(r.status);
      const json = (await r.json()) as { ok: boolean; error?: { code: string } };
      expect(typeof json.ok).toBe('boolean');
      if (!json.ok) expect(json.error?.code).not.toBe('internal');
      if (before) {
        refused++;
        expect(json.ok).toBe(false);
        expect(snapshotTree(host.dataDir)).toEqual(before);
      }
    }),
    { numRuns: RUNS, seed: 11 },
  );
  expect(refused).toBeGreaterThan(RUNS / 2);
});

it('refuses other origins and oversized bodies', async () => {
  expect((await post('app.info', '{}', { origin: 'http://evil.example' })).status).toBe(403);
  const big = await post('entries.create', JSON.stringify({ body: 'x'.repeat(13 * 1024 * 1024) }));
  expect(big.status).toBe(413);
});
