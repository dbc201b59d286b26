/**
 * Fault injection: SIGKILL during saves, imports, backups, migrations and passphrase changes.
 *
 * For each operation a child process (child.ts, the whole core via createCore) repeats it on a
 * real vault and prints an acknowledgement after each call returned; the parent kills it with
 * SIGKILL at a random moment, again and again, and after every kill checks that the vault opens,
 * integrity_check is ok, every acknowledged write is there, and (for passphrase changes) the
 * passphrase reported as set is the one that works. What each scenario proves is written at the
 * top of its file.
 *
 * `MEND_SOAK=1` runs at least 50 kills per operation; the default is 8. The five scenarios run
 * concurrently (each in its own temp folder): they spend most of their time waiting on children.
 * `MEND_FAULT_SEED=<n>` replays the random kill moments of a run (the seed is in every summary line).
 */
import { describe, it } from 'vitest';
import { backupsUnderFire } from './backups';
import { KILLS, summary, TIMEOUT_MS } from './harness';
import { importsUnderFire } from './imports';
import { migrationsUnderFire } from './migrations';
import { passphraseChangesUnderFire } from './passphrase';
import { savesUnderFire } from './saves';

describe.concurrent(`faults: ${KILLS} SIGKILLs at random moments per operation`, () => {
  it('imports land whole or not at all, and every acknowledged import is there', async () => summary(await importsUnderFire()), TIMEOUT_MS);
  it(
    'a backup with a real name is always complete, and every acknowledged backup is there',
    async () => summary(await backupsUnderFire()),
    TIMEOUT_MS,
  );
  it('a migration lands whole or not at all, after a complete backup', async () => summary(await migrationsUnderFire()), TIMEOUT_MS);
  it('the passphrase reported as set is the one that works', async () => summary(await passphraseChangesUnderFire()), TIMEOUT_MS);
  it('every acknowledged save is there', async () => summary(await savesUnderFire()), TIMEOUT_MS);
});
