/**
 * SIGKILL during journal saves, through the same harness: where tests/integration/vault/crash.test.ts
 * writes raw records, this child saves through entries.create (two records in one transaction, and
 * every 250 saves the encrypted metadata snapshot). After every kill: integrity_check ok, the vault
 * unlocks in a fresh core, every acknowledged entry is there with its title and body, at most one
 * unacknowledged one more per run, and nothing is damaged.
 */
import { join } from 'node:path';
import { expect } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { makeTempDir, removeDir } from '../helpers/core';
import { integrity, KILLS, killLoop, openCore, rng, withDb } from './harness';
import { LABEL, PASSPHRASES } from './shared';

export async function savesUnderFire(): Promise<string> {
  const root = makeTempDir('mend-faults-save-');
  try {
    const dataDir = join(root, 'data');
    const setup = await openCore(dataDir);
    const { vaultId } = await setup.call('vault.create', { label: LABEL, passphrase: PASSPHRASES[0] });
    await setup.call('vault.lock', {});
    await setup.close();
    const file = vaultPath(dataDir, vaultId);

    const random = rng(5);
    const acked = new Map<string, number>();
    let nextN = 1;
    let entries = 0;
    let unacked = 0;
    let survived = 0;

    await killLoop({
      rounds: KILLS,
      mode: 'save',
      args: [dataDir, vaultId],
      go: () => ({ pass: 0, firstN: nextN }),
      plan: (round) => (round % 3 === 2 ? { afterAcks: random(1, 40), delayMs: random(0, 10) } : { afterAcks: 0, delayMs: random(5, 400) }),
      verify: async (run, round) => {
        const where = `after kill ${round + 1}`;
        for (const line of run.acks) {
          const m = /^ACK save (\d+) ([a-z0-9]{26})$/.exec(line);
          expect(m, `${where}: ${line}`).not.toBeNull();
          acked.set(m![2]!, Number(m![1]));
          nextN = Math.max(nextN, Number(m![1]) + 1);
        }
        // Numbers are never reused, even for a save that landed without its ACK.
        nextN++;
        expect(withDb(file, integrity), where).toBe('ok');

        const v = await openCore(dataDir);
        try {
          await v.call('vault.unlock', { vaultId, passphrase: PASSPHRASES[0] });
          const listed = await v.call('entries.list', { page: { offset: 0, limit: 1 } });
          expect(listed.damaged, where).toEqual([]);
          const all = new Map(v.core.journal.allSummaries().map((e) => [e.id, e]));
          expect(all.size, where).toBe(listed.total);
          for (const [id, n] of acked) expect(all.get(id)?.title, `${where}: acknowledged save ${n}`).toBe(`save ${n}`);
          expect(all.size, `${where}: more than one unacknowledged save per run`).toBeLessThanOrEqual(entries + run.acks.length + 1);
          if (all.size > entries + run.acks.length) unacked++;
          expect(all.size, where).toBeGreaterThanOrEqual(entries + run.acks.length);
          // The newest acknowledged one reads back whole.
          const newest = [...acked].sort((a, b) => b[1] - a[1])[0];
          if (newest) expect((await v.call('entries.get', { id: newest[0] })).body, where).toContain(`Saved entry number ${newest[1]}.`);
          entries = all.size;
          await v.call('vault.lock', {});
        } finally {
          await v.close();
        }
        survived++;
      },
    });

    expect(survived).toBe(KILLS);
    expect(acked.size, 'no save was ever acknowledged').toBeGreaterThan(0);
    return `saves ${survived} kills survived, ${acked.size} acknowledged entries verified (${entries} in the vault, ${unacked} saved just before a kill without an ACK); integrity_check ok every time`;
  } finally {
    removeDir(root);
  }
}
