/**
 * Child process for the fault-injection battery. It loads the whole core (createCore, as the app
 * does), prints LOADED and waits for one `GO <json>` line on stdin, so the parent can start the
 * next child while it is still checking the files the previous one left behind. Then it unlocks
 * the vault and repeats one operation forever, printing an acknowledgement only after the
 * operation RETURNED. The parent SIGKILLs it at a random moment.
 *
 *   node --import tsx child.ts <import|backup|migrate|passphrase|save> <dataDir> <vaultId> [dayOneJson]
 *
 *   import      READY, then `ACK import <k> entries=<n>` after each Day One import of the file
 *   backup      READY, then `ACK backup <fileName>` after each backup.create
 *   migrate     READY, then unlocks with two extra test migrations (`MIGRATING <v>` when each starts),
 *               `ACK migrated` once unlock returned; then idles until killed
 *   passphrase  READY, then `SET <i>` after each changePassphrase to PASSPHRASES[i] (i cycles 0,1,2)
 *   save        READY, then `ACK save <n> <entryId>` after each entries.create
 *
 * stdout is written with writeSync(1): a line is out of this process before the next step starts.
 * The parent normally runs an esbuild bundle of this file with plain node (faster to start; see
 * harness.ts), or this file through tsx as above when MEND_FAULT_TSX=1.
 */
import { readFileSync, writeSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createCore } from '../../../electron/core/app';
import { TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { loadSodium } from '../../../electron/core/crypto/sodium';
import { ManualClock, type Dialogs } from '../../../electron/core/ports';
import { assessPassphrase } from '../../../shared/passphrase';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { FakeDialogs, FakePower, RecordingNotifier } from '../helpers/core';
import { faultMigrations, inlineKdf, LABEL, PASSPHRASES, type Go } from './shared';
import { lexical } from '../../support/lexical';

const MODES = ['import', 'backup', 'migrate', 'passphrase', 'save'] as const;
type Mode = (typeof MODES)[number];

const [mode, dataDir, vaultId, dayOnePath] = process.argv.slice(2) as [Mode, string, string, string | undefined];
if (!MODES.includes(mode) || !dataDir || !vaultId || (mode === 'import' && !dayOnePath)) {
  process.stderr.write('usage: child.ts <import|backup|migrate|passphrase|save> <dataDir> <vaultId> [dayOneJson]\n');
  process.exit(64);
}

const say = (line: string): void => {
  writeSync(1, line + '\n');
};
const die = (message: string): never => {
  process.stderr.write(`child ${mode}: ${message}\n`);
  process.exit(3);
};

// Every openFile hands out the same Day One export, as if the person picked it again.
const dialogs: Dialogs = new FakeDialogs(join(tmpdir(), 'mend-fault-dialogs'));
if (dayOnePath) {
  const data = new Uint8Array(readFileSync(dayOnePath));
  dialogs.openFile = async () => ({ name: 'Journal.json', data });
}

const sodium = await loadSodium();
const core = await createCore({
  dataDir,
  ports: { clock: new ManualClock(), notifier: new RecordingNotifier(), dialogs, power: new FakePower() },
  version: '0.0.0-faults',
  platform: process.platform,
  kdfCost: TEST_KDF_COST,
  kdf: inlineKdf(sodium),
  migrations: mode === 'migrate' ? faultMigrations((v) => say(`MIGRATING ${v}`)) : undefined,
});
// The strength meter builds its dictionaries on first use: do that now, not inside the first change.
if (mode === 'passphrase') assessPassphrase(PASSPHRASES[0], [LABEL]);

async function call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) die(`${channel} failed: ${r.error.code}: ${r.error.message}`);
  return (r as { ok: true; value: OutputOf<K> }).value;
}

say('LOADED');
const lines = createInterface({ input: process.stdin });
// A child started ahead but never needed sees its stdin close: it leaves quietly.
lines.once('close', () => process.exit(0));
const [goLine] = (await once(lines, 'line')) as [string];
if (!goLine.startsWith('GO ')) die(`expected GO, got ${goLine}`);
const go = JSON.parse(goLine.slice(3)) as Go;
const passphrase = PASSPHRASES[go.pass]!;

if (mode === 'migrate') {
  say('READY');
  await call('vault.unlock', { vaultId, passphrase });
  say('ACK migrated');
  // Stay alive (the automatic backup after unlock may still be running) until the parent kills us.
  setInterval(() => {}, 60_000);
} else {
  await call('vault.unlock', { vaultId, passphrase });
  say('READY');
  if (mode === 'import') {
    for (let k = 1; ; k++) {
      const r = await call('import.run', { jobId: `fault-import-${k}`, source: 'dayone' });
      if (r.outcome !== 'imported') die(`import ${k}: ${r.outcome} ${r.problems.join('; ')}`);
      say(`ACK import ${k} entries=${r.imported}`);
    }
  } else if (mode === 'backup') {
    for (;;) {
      const b = await call('backup.create', {});
      say(`ACK backup ${b.fileName}`);
    }
  } else if (mode === 'passphrase') {
    for (let current = go.pass; ;) {
      const next = (current + 1) % PASSPHRASES.length;
      await call('vault.changePassphrase', { current: PASSPHRASES[current]!, next: PASSPHRASES[next]! });
      say(`SET ${next}`);
      current = next;
    }
  } else {
    for (let n = go.firstN; ; n++) {
      const words = `Saved entry number ${n}. `.repeat(1 + ((n * 37) % 120));
      const body = lexical(words);
      const e = await call('entries.create', {
        kind: 'reflection',
        title: `save ${n}`,
        body,
        happenedOn: '2026-01-05',
        mood: null,
        intensity: null,
        emotions: [],
        tags: [],
      });
      say(`ACK save ${n} ${e.id}`);
    }
  }
}
