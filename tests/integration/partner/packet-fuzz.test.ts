import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEFAULT_SHARE_FIELDS } from '../../../shared/domain/share';
import { makeCouple, pair, writeEntries, type Couple } from './couple';

// Thousands of mutated and random packets: each is refused cleanly, nothing crashes, and Blair's
// vault file is byte-for-byte what it was.
const RUNS = process.env.MEND_SOAK ? 5000 : 1200;
let c: Couple;
let valid: Buffer;

beforeAll(async () => {
  c = await makeCouple();
  await pair(c);
  await c.as('alex');
  const ids = await writeEntries(c, 2);
  await c.call('share.send', { items: ids.map((entryId) => ({ entryId, note: 'n' })), fields: DEFAULT_SHARE_FIELDS });
  valid = c.lastSaved().bytes;
  await c.as('blair');
});
afterAll(async () => {
  await c.cleanup();
});

function vaultDigest(): string {
  const h = createHash('sha256');
  const dir = join(c.dataDir, 'vaults');
  for (const f of readdirSync(dir).sort()) h.update(f).update(readFileSync(join(dir, f)));
  return h.digest('hex');
}

const ALLOWED = new Set(['packet_rejected', 'invalid_input', 'not_paired', 'already_imported']);

async function expectRefused(bytes: Uint8Array): Promise<void> {
  const r = await c.core.dispatch('share.importPacketData', { name: 'fuzz', data: Buffer.from(bytes).toString('base64') });
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(ALLOWED.has(r.error.code), r.error.code + ': ' + r.error.message).toBe(true);
    expect(r.error.message.length).toBeGreaterThan(10);
  }
}

it(`refuses ${RUNS} mutated packets and leaves the vault unchanged`, async () => {
  c.core.vaults.requireSession().db.pragma('wal_checkpoint(TRUNCATE)');
  const before = vaultDigest();
  const mutation = fc.record({
    flips: fc.array(fc.record({ at: fc.nat(), xor: fc.integer({ min: 1, max: 255 }) }), { minLength: 1, maxLength: 4 }),
    cut: fc.option(fc.nat(), { nil: undefined }),
  });
  await fc.assert(
    fc.asyncProperty(mutation, async ({ flips, cut }) => {
      const copy = Buffer.from(valid);
      for (const f of flips) copy[f.at % copy.length] = copy[f.at % copy.length]! ^ f.xor;
      await expectRefused(cut === undefined ? copy : copy.subarray(0, cut % copy.length));
    }),
    { numRuns: RUNS, seed: 20261129 },
  );
  expect(vaultDigest()).toBe(before);
});

it(`refuses ${RUNS} random and near-valid JSON packets`, async () => {
  const env = JSON.parse(valid.toString());
  const field = fc.constantFrom(...Object.keys(env));
  const value = fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.base64String({ maxLength: 200 }), fc.object({ maxDepth: 3 }));
  await fc.assert(
    fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 600 }), fc
          .tuple(field, value)
          .filter(([k, v]) => JSON.stringify(env[k]) !== JSON.stringify(v))
          .map(([k, v]) => Buffer.from(JSON.stringify({ ...env, [k]: v }))), fc.jsonValue({ maxDepth: 6 }).map((j) => Buffer.from(JSON.stringify(j)))), async (bytes) => {
      await expectRefused(bytes);
    }),
    { numRuns: RUNS, seed: 7 },
  );
  expect((await c.call('received.list', {})).items).toHaveLength(0);
});
