/**
 * The parent side of the fault-injection battery: starts child.ts, lets it run an operation in a
 * loop, SIGKILLs it at a random moment, and hands back every line it printed. Also a verifying core
 * (fresh per check, in-process Argon2id) and the raw SQLite checks the tests share.
 *
 * Children are started one round ahead: the next one loads the core while the previous one runs
 * and while the parent checks what it left behind, and touches nothing until it is sent GO.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { createCore, type Core } from '../../../electron/core/app';
import { unwrapKey } from '../../../electron/core/crypto/envelope';
import { deriveInline, passphraseBytes, TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { loadSodium } from '../../../electron/core/crypto/sodium';
import type { Migration } from '../../../electron/core/db/migrate';
import { ManualClock } from '../../../electron/core/ports';
import { readHeader } from '../../../electron/core/vault/header';
import { passphrasePurpose, recoveryKek, recoveryPurpose } from '../../../electron/core/vault/slots';
import { decodeRecoveryKey } from '../../../shared/recovery-key';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { FakeDialogs, FakePower, makeTempDir, RecordingNotifier, removeDir } from '../helpers/core';
import { inlineKdf, type Go } from './shared';

export const SOAK = Boolean(process.env.MEND_SOAK) && process.env.MEND_SOAK !== '0';
/** SIGKILLs per operation: at least 50 in a soak run, a quick handful otherwise (MEND_FAULT_KILLS overrides). */
export const KILLS = Number(process.env.MEND_FAULT_KILLS) || (SOAK ? 50 : 8);
export const TIMEOUT_MS = SOAK ? 900_000 : 120_000;

/** MEND_FAULT_DEBUG=1 prints every run's lines with their times, and how long each step took. */
const DEBUG = Boolean(process.env.MEND_FAULT_DEBUG);
const CHILD = fileURLToPath(new URL('./child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/**
 * How a child is started. `node --import tsx child.ts` costs about a second of CPU before the
 * child can do anything (tsx's loader hooks see every module); dozens of children per run on two
 * busy cores made that most of the battery's time. So by default child.ts is bundled once per run
 * with esbuild (our sources in one ES module, packages still loaded from node_modules) and started
 * with plain node: a third of the cost, same code. MEND_FAULT_TSX=1 runs child.ts through tsx.
 */
let command: Promise<string[]> | null = null;
function childCommand(): Promise<string[]> {
  command ??= (async () => {
    if (process.env.MEND_FAULT_TSX) return ['--import', 'tsx', CHILD];
    const { build } = await import('esbuild');
    const out = await build({
      entryPoints: [CHILD],
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      write: false,
      outfile: 'child.mjs',
      logLevel: 'warning',
    });
    const code = out.outputFiles[0]!.contents;
    // Inside the repository, so the bundle's imports of packages resolve to its node_modules. Named
    // by content: runs in parallel share it, and a changed child gets a new file.
    const dir = join(REPO, '.tmp', 'faults');
    const file = join(dir, `child-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.mjs`);
    if (!existsSync(file)) {
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      writeFileSync(tmp, code);
      renameSync(tmp, file);
    }
    return [file];
  })();
  return command;
}

// ---- randomness you can replay ------------------------------------------------------------------

/** MEND_FAULT_SEED=<n> replays a run; the seed is printed in every summary line. */
export const SEED = Number(process.env.MEND_FAULT_SEED) || Math.floor(Math.random() * 2 ** 31);

export function rng(salt: number): (lo: number, hi: number) => number {
  let s = (SEED ^ Math.imul(salt, 2654435761)) >>> 0;
  return (lo, hi) => {
    // mulberry32
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const u = ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
    return lo + Math.floor(u * (hi - lo + 1));
  };
}

// ---- the child ------------------------------------------------------------------------------------

export type Mode = 'import' | 'backup' | 'migrate' | 'passphrase' | 'save';

/** When to kill: `delayMs` after READY, or after the `afterAcks`-th ACK/SET line when that is > 0. */
export interface KillPlan {
  afterAcks: number;
  delayMs: number;
}

export interface Run {
  /** Every line printed after GO, in order (READY, ACK …, SET …, MIGRATING …). */
  lines: string[];
  /** When each line arrived, in ms after GO. */
  at: number[];
  /** The acknowledgement lines only (ACK …, SET …). */
  acks: string[];
  ready: boolean;
  /** Milliseconds from GO to the kill. */
  killedAtMs: number;
  stderr: string;
  exit: { code: number | null; signal: NodeJS.Signals | null };
  /** True if the watchdog, not the plan, had to kill it. */
  watchdog: boolean;
}

const isAck = (line: string): boolean => line.startsWith('ACK ') || line.startsWith('SET ');

/** One child process: started at once (it loads the core), told to GO later. */
export class FaultChild {
  private readonly proc: ChildProcess;
  private readonly loaded: Promise<boolean>;
  private readonly closed: Promise<Run['exit']>;
  private listener: ((line: string) => void) | null = null;
  private stderr = '';

  constructor(command: string[], mode: Mode, args: string[]) {
    this.proc = spawn(process.execPath, [...command, mode, ...args], { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO });
    let buffered = '';
    let onLoaded: (ok: boolean) => void = () => {};
    this.loaded = new Promise((resolve) => (onLoaded = resolve));
    this.proc.stdout!.setEncoding('utf8');
    this.proc.stdout!.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        if (line === 'LOADED') onLoaded(true);
        else this.listener?.(line);
      }
    });
    this.proc.stderr!.setEncoding('utf8');
    this.proc.stderr!.on('data', (chunk: string) => {
      this.stderr += chunk;
    });
    // Writing GO to a child that already died must not crash the parent.
    this.proc.stdin!.on('error', () => {});
    // 'close' comes after stdout was read to the end: every line the child wrote has been seen.
    this.closed = new Promise((resolve, reject) => {
      this.proc.on('error', reject);
      this.proc.on('close', (code, signal) => {
        onLoaded(false);
        resolve({ code, signal });
      });
    });
  }

  /** Lets the child at the vault, kills it according to plan, resolves once it is gone. */
  async go(go: Go, plan: KillPlan): Promise<Run> {
    const run: Run = {
      lines: [],
      at: [],
      acks: [],
      ready: false,
      killedAtMs: -1,
      stderr: '',
      exit: { code: null, signal: null },
      watchdog: false,
    };
    const waitStart = Date.now();
    if (await this.loaded) {
      const started = Date.now();
      if (DEBUG) console.log(`waited ${started - waitStart} ms for the child to load`);
      let timer: NodeJS.Timeout | null = null;
      const killLater = (): void => {
        timer ??= setTimeout(() => {
          run.killedAtMs = Date.now() - started;
          this.kill();
        }, plan.delayMs);
      };
      const watchdog = setTimeout(() => {
        run.watchdog = true;
        this.kill();
      }, 60_000);
      this.listener = (line) => {
        run.lines.push(line);
        run.at.push(Date.now() - started);
        if (line === 'READY') {
          run.ready = true;
          if (plan.afterAcks === 0) killLater();
        } else if (isAck(line)) {
          run.acks.push(line);
          if (plan.afterAcks > 0 && run.acks.length === plan.afterAcks) killLater();
        }
      };
      this.proc.stdin!.write(`GO ${JSON.stringify(go)}\n`);
      run.exit = await this.closed;
      clearTimeout(watchdog);
      if (timer) clearTimeout(timer);
    } else {
      run.exit = await this.closed;
    }
    run.stderr = this.stderr;
    return run;
  }

  kill(): void {
    if (this.proc.exitCode === null && this.proc.signalCode === null) this.proc.kill('SIGKILL');
  }

  /** Kills a child that was started but never used. */
  async dispose(): Promise<void> {
    this.kill();
    await this.closed.catch(() => {});
  }
}

/**
 * Runs `rounds` rounds: each starts a child (pre-started during the previous round's checks),
 * prepares the files, lets it GO with the plan, and verifies what the kill left. Returns nothing;
 * `verify` asserts.
 */
export async function killLoop(o: {
  rounds: number;
  mode: Mode;
  args: string[];
  before?: (round: number) => void | Promise<void>;
  go: (round: number) => Go;
  plan: (round: number) => KillPlan;
  verify: (run: Run, round: number) => void | Promise<void>;
}): Promise<void> {
  const command = await childCommand();
  let next: FaultChild | null = new FaultChild(command, o.mode, o.args);
  try {
    for (let round = 0; round < o.rounds; round++) {
      const child: FaultChild = next!;
      next = null;
      await o.before?.(round);
      const plan = o.plan(round);
      const running = child.go(o.go(round), plan);
      // The next child loads the core while this one runs and while its files are checked.
      if (round + 1 < o.rounds) next = new FaultChild(command, o.mode, o.args);
      const run = await running;
      if (run.exit.signal !== 'SIGKILL' || run.watchdog) {
        throw new Error(
          `round ${round + 1}: the child ended on its own (${JSON.stringify(run.exit)}, watchdog ${run.watchdog}): ${run.stderr}\n${run.lines.join('\n')}`,
        );
      }
      if (DEBUG)
        console.log(
          `[${o.mode} ${round + 1}] plan ${JSON.stringify(plan)} killed at ${run.killedAtMs} ms: ${run.lines.map((l, i) => `${run.at[i]}:${l}`).join(' | ')}`,
        );
      const t = Date.now();
      await o.verify(run, round);
      if (DEBUG) console.log(`verify took ${Date.now() - t} ms`);
    }
  } finally {
    await next?.dispose();
  }
}

// ---- checking what is left ------------------------------------------------------------------------

const sodium = await loadSodium();

export interface Verifier {
  core: Core;
  call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>>;
  close(): Promise<void>;
}

/** A fresh core on the data folder, like the app starting again after the crash. `toOpen`: what its open dialog hands out (once). */
export async function openCore(
  dataDir: string,
  migrations?: readonly Migration[],
  toOpen?: { name: string; data: Uint8Array },
): Promise<Verifier> {
  const dialogsDir = makeTempDir('mend-fault-dialogs-');
  const dialogs = new FakeDialogs(dialogsDir);
  if (toOpen) dialogs.toOpen.push(toOpen);
  const core = await createCore({
    dataDir,
    ports: { clock: new ManualClock(), notifier: new RecordingNotifier(), dialogs, power: new FakePower() },
    version: '0.0.0-faults',
    platform: process.platform,
    kdfCost: TEST_KDF_COST,
    kdf: inlineKdf(sodium),
    migrations,
  });
  return {
    core,
    async call(channel, input) {
      const r = await core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
      return r.value as OutputOf<typeof channel>;
    },
    async close() {
      // An automatic backup started by an unlock must finish before its folder is touched.
      await core.backups.settled();
      await core.close();
      removeDir(dialogsDir);
    },
  };
}

/**
 * Runs fn on the file. Read-write by default, so SQLite recovers its WAL as the app would.
 * Read-only on a WAL-mode file still makes -wal and -shm beside it; those this call created are
 * removed again, so checking a backup folder leaves it as it was.
 */
export function withDb<T>(path: string, fn: (db: Database.Database) => T, readonly = false): T {
  const existed = sidecars(path).filter((p) => existsSync(p));
  const db = new Database(path, { readonly, fileMustExist: true });
  try {
    return fn(db);
  } finally {
    db.close();
    if (readonly) for (const p of sidecars(path)) if (!existed.includes(p)) rmSync(p, { force: true });
  }
}

export const integrity = (db: Database.Database): unknown => db.pragma('integrity_check', { simple: true });

/** Does this passphrase open the header's passphrase slot? Pure check: no failed-unlock counter. */
export function passphraseOpens(db: Database.Database, passphrase: string): boolean {
  const header = readHeader(db);
  const kek = deriveInline(sodium, passphraseBytes(passphrase), header.kdf);
  const key = unwrapKey(sodium, kek, header.passphraseSlot, passphrasePurpose(header.vaultId));
  sodium.memzero(kek);
  if (key) sodium.memzero(key);
  return key !== null;
}

export function recoveryKeyOpens(db: Database.Database, recoveryKey: string): boolean {
  const header = readHeader(db);
  const bytes = decodeRecoveryKey(recoveryKey);
  if (!bytes) return false;
  const kek = recoveryKek(sodium, header.vaultId, bytes, header.recoverySalt);
  const key = unwrapKey(sodium, kek, header.recoverySlot, recoveryPurpose(header.vaultId));
  sodium.memzero(kek);
  if (key) sodium.memzero(key);
  return key !== null;
}

/** A real backup name, as backup.list would list it. */
export const BACKUP_NAME = /^(auto|manual|before-restore|before-migration)-(\d{8}T\d{6}Z)(?:-v\d+)?(?:-\d+)?\.mend$/;

export interface BackupDirReport {
  /** Files with a real name (each checked complete). */
  complete: string[];
  /** Dot-named `.partial` leftovers (allowed). */
  partial: string[];
}

/**
 * Every file in a backups folder: a real name must be a complete backup of this vault (opens
 * read-only, integrity ok, header reads, `check` passes); anything else may only be a dot-named
 * `.partial` copy (or SQLite's journal beside one). Throws on anything else.
 */
export function checkBackupDir(dir: string, vaultId: string, check: (db: Database.Database, name: string) => void): BackupDirReport {
  const report: BackupDirReport = { complete: [], partial: [] };
  if (!existsSync(dir)) return report;
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) {
      if (!/\.partial(-journal|-wal|-shm)?$/.test(name)) throw new Error(`unexpected dot-file in backups: ${name}`);
      report.partial.push(name);
      continue;
    }
    // A hot journal beside a real name would mean it was still being written.
    if (/\.mend-(wal|shm)$/.test(name) && BACKUP_NAME.test(name.slice(0, -4))) continue;
    if (!BACKUP_NAME.test(name))
      throw new Error(`a file with a name that is not a backup's (partial copy?): ${name} (in ${readdirSync(dir).join(', ')})`);
    let header: ReturnType<typeof readHeader>;
    try {
      header = withDb(
        join(dir, name),
        (db) => {
          const ok = integrity(db);
          if (ok !== 'ok') throw new Error(`integrity_check: ${String(ok)}`);
          const h = readHeader(db);
          check(db, name);
          return h;
        },
        true,
      );
    } catch (e) {
      throw new Error(`backup ${name} is not a complete copy: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
    }
    if (header.vaultId !== vaultId) throw new Error(`backup ${name} belongs to another vault`);
    report.complete.push(name);
  }
  return report;
}

/** The -wal and -shm files SQLite keeps beside a database in WAL mode. */
export function sidecars(path: string): string[] {
  return ['-wal', '-shm'].map((ext) => path + ext);
}

export function summary(line: string): void {
  console.log(`faults: ${line} (seed ${SEED}${SOAK ? ', soak' : ''})`);
}
