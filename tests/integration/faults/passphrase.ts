/**
 * SIGKILL during passphrase changes. A child changes the passphrase round and round through three
 * (0 → 1 → 2 → 0 …), printing `SET <i>` after each vault.changePassphrase returned, and is killed at
 * a random moment. After every kill, checked on the header alone (no failed-unlock counting):
 * - exactly one passphrase opens the vault: the one reported last as set (L) or, if the kill landed
 *   after the commit but before the line was out, the one being set (N); never the one before (O),
 *   never none, never two;
 * - the recovery key still opens it, the file passes integrity_check, and a fresh core unlocks it
 *   with that passphrase and reads every entry.
 * The next child starts from whichever passphrase works.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { vaultPath } from '../../../electron/core/vault/paths';
import { makeTempDir, removeDir } from '../helpers/core';
import { integrity, KILLS, killLoop, openCore, passphraseOpens, recoveryKeyOpens, rng, withDb } from './harness';
import { dayOneExport, IMPORT_BATCH, LABEL, PASSPHRASES } from './shared';

const P = PASSPHRASES.length;

export async function passphraseChangesUnderFire(): Promise<string> {
  const root = makeTempDir('mend-faults-passphrase-');
  try {
    const dataDir = join(root, 'data');
    const dayOne = join(root, 'Journal.json');
    writeFileSync(dayOne, dayOneExport(IMPORT_BATCH));
    const setup = await openCore(dataDir, undefined, { name: 'Journal.json', data: new Uint8Array(readFileSync(dayOne)) });
    const { vaultId, recoveryKey } = await setup.call('vault.create', { label: LABEL, passphrase: PASSPHRASES[0] });
    expect(await setup.call('import.run', { jobId: 'seed-passphrase-vault', source: 'dayone' })).toMatchObject({ imported: IMPORT_BATCH });
    await setup.call('vault.lock', {});
    await setup.close();
    const file = vaultPath(dataDir, vaultId);

    const random = rng(4);
    let current = 0;
    let changes = 0;
    let landedBetweenCommitAndAck = 0;
    let survived = 0;

    await killLoop({
      rounds: KILLS,
      mode: 'passphrase',
      args: [dataDir, vaultId],
      go: () => ({ pass: current, firstN: 0 }),
      plan: (round) => (round % 3 === 2 ? { afterAcks: random(1, 4), delayMs: random(0, 40) } : { afterAcks: 0, delayMs: random(5, 400) }),
      verify: async (run, round) => {
        const where = `after kill ${round + 1}`;
        // The child reports each change in order: current+1, current+2, …
        let last = current;
        for (const line of run.acks) {
          expect(line, where).toBe(`SET ${(last + 1) % P}`);
          last = (last + 1) % P;
        }
        const next = (last + 1) % P;
        const before = (last + 2) % P;

        const opens = withDb(file, (db) => {
          expect(integrity(db), where).toBe('ok');
          expect(recoveryKeyOpens(db, recoveryKey), `${where}: recovery key`).toBe(true);
          return PASSPHRASES.map((p) => passphraseOpens(db, p));
        });
        const works = opens.flatMap((ok, i) => (ok ? [i] : []));
        expect(works, `${where}: last set ${last}, being set ${next}`).toHaveLength(1);
        expect([last, next], `${where}: passphrase ${works[0]} works, but ${last} was reported set`).toContain(works[0]);
        expect(opens[before], `${where}: the passphrase before the last one set still works`).toBe(false);
        if (works[0] === next) landedBetweenCommitAndAck++;

        current = works[0]!;
        const v = await openCore(dataDir);
        try {
          await v.call('vault.unlock', { vaultId, passphrase: PASSPHRASES[current]! });
          const listed = await v.call('entries.list', { page: { offset: 0, limit: 1 } });
          expect(listed.total, where).toBe(IMPORT_BATCH);
          expect(listed.damaged, where).toEqual([]);
          expect((await v.call('entries.get', { id: listed.items[0]!.id })).body, where).toContain('helped a little more');
          await v.call('vault.lock', {});
        } finally {
          await v.close();
        }
        changes += run.acks.length;
        survived++;
      },
    });

    expect(survived).toBe(KILLS);
    expect(changes, 'no passphrase change was ever acknowledged').toBeGreaterThan(0);
    return `passphrase changes ${survived} kills survived, ${changes} acknowledged changes verified, exactly one passphrase worked every time (the last set, or ${landedBetweenCommitAndAck}× the one committed just before the kill), the one before never; recovery key and entries intact`;
  } finally {
    removeDir(root);
  }
}
