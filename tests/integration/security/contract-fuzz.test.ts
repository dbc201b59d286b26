import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, CHANNEL_NAMES } from '../../../shared/contract';
import { lexical } from '../journal/setup';
import { makeCore, ok, PASS_A, snapshotTree, type CoreHarness } from '../helpers/core';
import { sampleOf } from './zod-sample';

// Every channel, fed random and near-valid payloads: a validation error (or a clean, specific
// error from the core), never an internal crash, and a refused payload changes no byte on disk.
const RUNS = process.env.MEND_SOAK ? 400 : 40;
const ALLOWED_CODES = new Set(['invalid_input', 'locked', 'not_found', 'conflict', 'not_paired', 'card_rejected', 'packet_rejected', 'already_unlocked', 'wrong_passphrase', 'wrong_recovery_key', 'weak_passphrase', 'damaged', 'throttled', 'already_imported', 'vault_unreadable']);
// Calls that would wait on a person (dialogs) or on the clock are exercised in their own tests.
const SKIP_VALID = new Set(['vault.create', 'vault.lock', 'vault.unlock', 'vault.unlockWithRecoveryKey', 'backup.restore', 'vault.setNewPassphrase', 'vault.changePassphrase', 'vault.regenerateRecoveryKey']);

let h: CoreHarness;
let total = 0;
beforeAll(async () => {
  h = await makeCore();
  await ok(h.core, 'vault.create', { label: 'Fuzz', passphrase: PASS_A });
  for (let i = 0; i < 3; i++) await ok(h.core, 'entries.create', { kind: 'feeling', title: `t${i}`, body: lexical('some words'), happenedOn: '2026-01-0' + (i + 1) });
  await h.core.backups.settled();
  h.core.vaults.requireSession().db.pragma('wal_checkpoint(TRUNCATE)');
});
afterAll(async () => {
  await h.cleanup();
  console.log(`contract fuzz: ${total} payloads over ${CHANNEL_NAMES.length} channels`);
});

/** Small, structural mutations of a plausible payload. */
function mutations(seed: unknown): fc.Arbitrary<unknown> {
  const obj = seed && typeof seed === 'object' && !Array.isArray(seed) ? (seed as Record<string, unknown>) : {};
  const keys = Object.keys(obj);
  const weird = fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(fc.anything(), { maxLength: 3 }), fc.object({ maxDepth: 2 }), fc.constant('x'.repeat(5000)), fc.constant('../../etc/passwd'), fc.constant('\u0000'));
  return fc.oneof(
    fc.anything({ maxDepth: 3 }),
    keys.length ? fc.tuple(fc.constantFrom(...keys), weird).map(([k, v]) => ({ ...obj, [k]: v })) : fc.constant({ extra: 1 }),
    keys.length ? fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(obj).filter(([kk]) => kk !== k))) : fc.constant(null),
    fc.tuple(fc.string({ minLength: 1, maxLength: 10 }), weird).map(([k, v]) => ({ ...obj, [`_${k}`]: v })),
    fc.constant(JSON.parse(JSON.stringify(obj))),
  );
}

describe('every channel refuses bad payloads cleanly', () => {
  for (const name of CHANNEL_NAMES) {
    it(name, async () => {
      const seed = sampleOf(contract[name].input);
      await fc.assert(
        fc.asyncProperty(mutations(seed), async (payload) => {
          const valid = contract[name].input.safeParse(payload ?? {}).success;
          if (valid && SKIP_VALID.has(name)) return;
          const before = valid ? null : snapshotTree(h.dataDir);
          total++;
          const r = await h.core.dispatch(name, payload);
          if (!r.ok) {
            expect(ALLOWED_CODES.has(r.error.code), `${name}: ${r.error.code} ${r.error.message}`).toBe(true);
            expect(r.error.message.length).toBeGreaterThan(5);
          }
          if (before) {
            expect(r.ok).toBe(false);
            expect(snapshotTree(h.dataDir)).toEqual(before);
          }
        }),
        { numRuns: RUNS, seed: name.length * 7919 },
      );
      expect(h.unexpected).toEqual([]);
    });
  }
});
