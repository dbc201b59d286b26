/**
 * Crash test: a child process saves records in a loop and is SIGKILLed at a random moment, again and
 * again. After every kill the file must pass integrity_check, unlock through a fresh core, and hold
 * every save the child acknowledged. `MEND_SOAK=1` runs at least 50 kills; the default is 12.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { isDamaged } from '../../../electron/core/records/store';
import { vaultPath } from '../../../electron/core/vault/paths';
import { createLockedVault, makeCore, makeTempDir, ok, PASS_A, removeDir } from '../helpers/core';

const SOAK = process.env.MEND_SOAK === '1';
const KILLS = SOAK ? 50 : 12;
const CHILD = fileURLToPath(new URL('../helpers/save-loop-child.ts', import.meta.url));

const root = makeTempDir('mend-crash-');
const dataDir = join(root, 'data');
afterAll(() => removeDir(root));

interface Run {
  acks: number[];
  ready: boolean;
  stderr: string;
  exit: { code: number | null; signal: NodeJS.Signals | null };
}

/** Starts the child, kills it `killAfterMs` after it is ready (or after spawn, when `early`). */
function runAndKill(mode: 'store' | 'core', vaultId: string, firstN: number, killAfterMs: number, early: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, vaultId, PASS_A, String(firstN)], {
      stdio: ['ignore', 'pipe', 'pipe'],
      cwd: process.cwd(),
    });
    const run: Run = { acks: [], ready: false, stderr: '', exit: { code: null, signal: null } };
    let buffered = '';
    let killTimer: NodeJS.Timeout | null = null;
    const kill = (): void => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const scheduleKill = (): void => {
      if (!killTimer) killTimer = setTimeout(kill, killAfterMs);
    };
    // A child that never gets ready must not hang the suite.
    const watchdog = setTimeout(kill, 30_000);
    if (early) scheduleKill();
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'READY') {
          run.ready = true;
          scheduleKill();
        } else if (line.startsWith('ACK ')) {
          run.acks.push(Number(line.slice(4)));
        }
      }
    });
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      run.stderr += chunk;
    });
    child.on('error', reject);
    // 'close' comes after stdout has been read to the end: every ACK the child wrote is counted.
    child.on('close', (code, signal) => {
      clearTimeout(watchdog);
      if (killTimer) clearTimeout(killTimer);
      run.exit = { code, signal };
      resolve(run);
    });
  });
}

describe('crash safety', () => {
  it(
    `every acknowledged save survives ${KILLS} SIGKILLs at random moments`,
    async () => {
      const setup = await makeCore({ dataDir });
      const { vaultId } = await createLockedVault(setup.core);
      await setup.cleanup();
      const file = vaultPath(dataDir, vaultId);

      const acked = new Set<number>();
      let maxAck = 0;
      let survived = 0;
      let earlyKills = 0;
      let totalAcks = 0;
      let coreRuns = 0;

      for (let i = 0; i < KILLS; i++) {
        // Mostly the quick-starting child; every sixth run unlocks through the whole core instead.
        const mode = i % 6 === 5 ? 'core' : 'store';
        if (mode === 'core') coreRuns++;
        // Mostly kill mid-loop; every fourth run kill at a random point of start-up / unlock instead.
        const early = i % 4 === 3;
        const delay = early ? Math.floor(Math.random() * (mode === 'core' ? 4000 : 700)) : Math.floor(Math.random() * 250);
        const run = await runAndKill(mode, vaultId, maxAck + 1, delay, early);
        expect(run.exit.signal, `child ended on its own: ${run.stderr}`).toBe('SIGKILL');
        if (early && !run.ready) earlyKills++;
        for (const n of run.acks) acked.add(n);
        totalAcks += run.acks.length;
        if (run.acks.length) maxAck = Math.max(maxAck, ...run.acks);

        // The file itself: SQLite's own check, after WAL recovery.
        const raw = new Database(file);
        try {
          expect(raw.pragma('integrity_check', { simple: true }), `after kill ${i + 1}`).toBe('ok');
        } finally {
          raw.close();
        }

        // Every ACKed save, through a fresh core.
        const h = await makeCore({ dataDir });
        try {
          await ok(h.core, 'vault.unlock', { vaultId, passphrase: PASS_A });
          const store = h.core.vaults.requireSession().store;
          const listed = store.list<{ n: number; size: number; text: string }>('crash');
          expect(listed.filter(isDamaged), `damaged after kill ${i + 1}`).toEqual([]);
          const present = new Map(listed.map((r) => [r.id, r]));
          for (const n of acked) {
            const r = present.get(`r${n}`);
            expect(r, `ACKed record ${n} missing after kill ${i + 1}`).toBeDefined();
            if (r && !isDamaged(r)) {
              expect(r.value.n).toBe(n);
              expect(r.value.text.length).toBe(r.value.size);
            }
          }
          const counter = store.get<{ n: number }>('crash-counter', 'counter');
          if (maxAck > 0) expect(counter?.value.n ?? 0).toBeGreaterThanOrEqual(maxAck);
          await ok(h.core, 'vault.lock', {});
        } finally {
          await h.cleanup();
        }
        survived++;
      }

      expect(survived).toBe(KILLS);
      expect(acked.size).toBeGreaterThan(0);
      console.log(
        `[crash] survived ${survived}/${KILLS} SIGKILLs (${earlyKills} during start-up/unlock, ${coreRuns} runs unlocking via the full core); ${totalAcks} ACKed saves, all ${acked.size} distinct records present and authentic; integrity_check ok every time`,
      );
    },
    SOAK ? 900_000 : 180_000,
  );
});
