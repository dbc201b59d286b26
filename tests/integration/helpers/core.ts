/**
 * A real core on real files for integration tests: real SQLite in a temp folder, real libsodium, the
 * real worker KDF (at the low test cost). The only stand-ins are the OS ports: a ManualClock, a
 * notifier that records, dialogs that write into a temp folder, and power events the test fires.
 *
 *   const h = await makeCore();
 *   const { vaultId } = await ok(h.core, 'vault.create', { label: 'Mine', passphrase: PASS_A });
 *   h.clock.advance(60_000); h.power.fire('suspend');
 *   await h.cleanup();
 *
 * Deliberately free of vitest imports, so child processes can reuse the helpers.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createCore, type Core } from '../../../electron/core/app';
import { TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import type { Migration } from '../../../electron/core/db/migrate';
import { ManualClock } from '../../../electron/core/ports';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import type { ErrorInfo } from '../../../shared/errors';
import type { MendEvent } from '../../../shared/events';
import { FakeDialogs, FakePower, RecordingNotifier } from './ports';

export { FakeDialogs, FakePower, RecordingNotifier } from './ports';

/** Strong enough for the policy, unrelated to each other. */
export const PASS_A = 'quartz lantern meadow vinyl 83';
export const PASS_B = 'orbit pickle tundra saffron 17';
export const PASS_C = 'velvet harbor cobalt zephyr 52';

export function makeTempDir(prefix = 'mend-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * A fresh copy of a (closed) data folder, for tests that each need to damage their own vault without
 * paying for creating it every time. Returns the new data folder; remove it with removeDir(join(it, '..')).
 */
export function cloneDataDir(template: string): string {
  const dataDir = join(makeTempDir('mend-clone-'), 'data');
  cpSync(template, dataDir, { recursive: true });
  return dataDir;
}

export interface MakeCoreOptions {
  /** Reuse a data folder (e.g. to reopen after close). When omitted a fresh temp folder is made and removed by cleanup(). */
  dataDir?: string;
  clock?: ManualClock;
  /** 'default' uses the app's real Argon2id cost (slow); otherwise TEST_KDF_COST. */
  kdfCost?: { opslimit: number; memlimit: number } | 'default';
  lockGraceMs?: number;
  migrations?: readonly Migration[];
}

export interface CoreHarness {
  core: Core;
  clock: ManualClock;
  power: FakePower;
  notifier: RecordingNotifier;
  dialogs: FakeDialogs;
  /** Every event the core emitted, in order. */
  events: MendEvent[];
  /** Exceptions that reached dispatch's "internal" fallback. */
  unexpected: { channel: string; error: unknown }[];
  dataDir: string;
  /** Closes the core; removes the data folder only if makeCore created it. Safe to call twice. */
  cleanup(): Promise<void>;
}

export async function makeCore(opts: MakeCoreOptions = {}): Promise<CoreHarness> {
  const ownsDataDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? join(makeTempDir(), 'data');
  const dialogsDir = makeTempDir('mend-dialogs-');
  const clock = opts.clock ?? new ManualClock();
  const power = new FakePower();
  const notifier = new RecordingNotifier();
  const dialogs = new FakeDialogs(dialogsDir);
  const unexpected: CoreHarness['unexpected'] = [];
  const core = await createCore({
    dataDir,
    ports: { clock, notifier, dialogs, power },
    version: '0.0.0-test',
    platform: process.platform,
    ...(opts.kdfCost === 'default' ? {} : { kdfCost: opts.kdfCost ?? TEST_KDF_COST }),
    lockGraceMs: opts.lockGraceMs,
    migrations: opts.migrations,
    onUnexpected: (channel, error) => unexpected.push({ channel, error }),
  });
  const events: MendEvent[] = [];
  core.subscribe((e) => events.push(e));
  let closed = false;
  return {
    core,
    clock,
    power,
    notifier,
    dialogs,
    events,
    unexpected,
    dataDir,
    async cleanup() {
      if (!closed) {
        closed = true;
        await core.close();
      }
      removeDir(dialogsDir);
      // makeCore put dataDir inside its own temp folder.
      if (ownsDataDir) removeDir(join(dataDir, '..'));
    },
  };
}

/** Calls a channel through dispatch (the door IPC and HTTP use) and returns its value, or throws with the error. */
export async function ok<K extends ChannelName>(core: Core, channel: K, input: InputOf<K>): Promise<OutputOf<K>> {
  const r = await core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.code}: ${r.error.message}`);
  return r.value as OutputOf<K>;
}

/** Calls a channel that must fail; returns the error. Input is unknown on purpose: bad payloads are the point. */
export async function fails(core: Core, channel: string, input: unknown): Promise<ErrorInfo> {
  const r = await core.dispatch(channel, input);
  if (r.ok) throw new Error(`${channel} was expected to fail but returned ${JSON.stringify(r.value)}`);
  return r.error;
}

/** Creates a vault, then locks it. Returns its id and recovery key. */
export async function createLockedVault(
  core: Core,
  label = 'Test journal',
  passphrase = PASS_A,
): Promise<{ vaultId: string; recoveryKey: string }> {
  const created = await ok(core, 'vault.create', { label, passphrase });
  await ok(core, 'vault.lock', {});
  return created;
}

/** Every regular file under dir (recursively), as paths relative to dir, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (entry.isFile()) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** sha256 of every file under dir, plus the set of directories: equal snapshots mean nothing changed. */
export function snapshotTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      const rel = relative(dir, p);
      if (entry.isDirectory()) {
        out[rel + '/'] = `dir ${(statSync(p).mode & 0o777).toString(8)}`;
        walk(p);
      } else {
        out[rel] = createHash('sha256').update(readFileSync(p)).digest('hex');
      }
    }
  };
  walk(dir);
  return out;
}

/**
 * Waits until nothing under dir changes for a few polls in a row: background work started by an
 * unlock (e.g. an automatic backup) must not be mistaken for a change made by the call under test.
 */
export async function settle(dir: string, { quietMs = 60, timeoutMs = 5_000 } = {}): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = JSON.stringify(snapshotTree(dir));
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 15));
    const now = JSON.stringify(snapshotTree(dir));
    if (now !== last) {
      last = now;
      quietSince = Date.now();
    } else if (Date.now() - quietSince >= quietMs) {
      return;
    }
  }
}
