import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../electron/core/app';
import { createWorkerKdf, DEFAULT_KDF_COST, newKdfParams, passphraseBytes, TEST_KDF_COST } from '../../electron/core/crypto/kdf';
import { loadSodium } from '../../electron/core/crypto/sodium';
import { openDatabase } from '../../electron/core/db/open';
import { systemClock } from '../../electron/core/ports';
import type { ChannelName, InputOf, OutputOf } from '../../shared/contract';
import { DEFAULT_SHARE_FIELDS } from '../../shared/domain/share';
import { MendError } from '../../shared/errors';
import { generateEntries, QUERIES } from './generate';
import { summarize, timeIt, type Figure } from './stats';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { plainTextOf, wordCount, type EntrySummary } from '../../shared/domain/entry';

export interface BenchOptions {
  n: number;
  runs: number;
  /** Runs of the real Argon2id cost for B0 (slow: ~0.7 s each). */
  kdfRuns: number;
  log?: (line: string) => void;
}

export interface CoreResults {
  machine: { cpu: string; cores: number; node: string };
  n: number;
  B0_kdf: Figure;
  B1_unlockToFirstPage: Figure;
  B1_plaintextBaseline: Figure;
  B1_ratio: number;
  B2_indexBuild: Figure;
  B2_longestBlockMs: number;
  B3_search: Figure;
  B3_naiveScan: Figure;
  B3_speedup: number;
  B4_save: Figure;
  B4_plaintextInsert: Figure;
  B4_ratio: number;
  /** Mean time to apply one save to the search index, which runs just after the save answers. */
  B4_indexUpdateMs: number;
  B5_rssMB: number;
  B7_buildPacket50: Figure;
  B7_importPacket50: Figure;
}

const PASS = 'bench lantern harbour quiet 42';
const PASS_B = 'bench meadow copper violin 17';

/** B0–B5 and B7, in one process on real files, with the same code the app runs. */
export async function runCoreBench(o: BenchOptions): Promise<CoreResults> {
  const log = o.log ?? (() => {});
  const sodium = await loadSodium();
  const root = mkdtempSync(join(tmpdir(), 'mend-bench-'));
  const dataDir = join(root, 'data');
  const outbox = join(root, 'outbox');
  mkdirSync(outbox, { recursive: true });
  const openQueue: string[] = [];
  let lastSaved = '';
  let saved = 0;
  const core: Core = await createCore({
    dataDir,
    ports: {
      clock: systemClock(),
      notifier: { show: () => {} },
      dialogs: {
        saveFile: async ({ suggestedName, data }) => {
          lastSaved = join(outbox, `${++saved}-${suggestedName}`);
          writeFileSync(lastSaved, data);
          return lastSaved;
        },
        openFile: async () => {
          const p = openQueue.shift();
          return p ? { name: p, data: new Uint8Array(readFileSync(p)) } : null;
        },
        openDirectory: async () => null,
      },
      power: { subscribe: () => () => {} },
    },
    version: 'bench',
    platform: process.platform,
    // The vaults use the small cost so unlocks in B1 measure our work, not Argon2id (that is B0).
    kdfCost: TEST_KDF_COST,
  });
  const call = async <K extends ChannelName>(ch: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const r = await core.dispatch(ch, input);
    if (!r.ok) throw MendError.fromInfo(r.error);
    return r.value as OutputOf<K>;
  };

  try {
    // B0: the security parameter, at the app's real cost, in a worker as the app runs it (its
    // 256 MiB of WebAssembly memory must not inflate this process's B5 figure).
    const b0: number[] = [];
    const kdf = createWorkerKdf();
    for (let i = 0; i < o.kdfRuns; i++) {
      const params = newKdfParams(sodium, DEFAULT_KDF_COST);
      b0.push(await timeIt(() => kdf.derive(passphraseBytes(PASS), params)));
    }
    log(`B0 done (${o.kdfRuns} runs)`);

    // Seed.
    const { vaultId } = await call('vault.create', { label: 'Bench', passphrase: PASS });
    await call('vault.updateSettings', { idleLockMinutes: 240 });
    const items = generateEntries(o.n);
    await core.journal.importMany(items, async () => {});
    await core.journal.indexReady();
    log(`seeded ${o.n} entries`);

    // Plaintext baseline file: the same metadata rows, unencrypted, same pragmas.
    const plainPath = join(root, 'plain.sqlite');
    const plain = openDatabase(plainPath);
    plain.exec('CREATE TABLE entries (id TEXT PRIMARY KEY, meta TEXT NOT NULL, body TEXT NOT NULL) STRICT');
    const summaries = core.journal.allSummaries();
    const ins = plain.prepare('INSERT INTO entries (id, meta, body) VALUES (?, ?, ?)');
    plain.transaction(() => summaries.forEach((s, i) => ins.run(s.id, JSON.stringify(s), items[i]!.draft.body)))();
    plain.close();

    // B1: unlock → first timeline page (KDF at the small test cost subtracted).
    const kdfSmall: number[] = [];
    const b1: number[] = [];
    const b1plain: number[] = [];
    const testParams = newKdfParams(sodium, TEST_KDF_COST);
    for (let i = 0; i < o.runs; i++) {
      await call('vault.lock', {});
      kdfSmall.push(await timeIt(() => kdf.derive(passphraseBytes(PASS), testParams)));
      b1.push(
        await timeIt(async () => {
          await call('vault.unlock', { vaultId, passphrase: PASS });
          await call('entries.list', { page: { offset: 0, limit: 100 } });
        }),
      );
      b1plain.push(
        await timeIt(() => {
          const db = openDatabase(plainPath, { mustExist: true });
          const rows = db.prepare('SELECT meta FROM entries').all() as { meta: string }[];
          const metas = rows.map((r) => JSON.parse(r.meta) as { happenedOn: string; createdAt: number });
          metas.sort((a, b) => (a.happenedOn < b.happenedOn ? 1 : a.happenedOn > b.happenedOn ? -1 : b.createdAt - a.createdAt));
          metas.slice(0, 100);
          db.close();
        }),
      );
    }
    const kdfMedian = summarize(kdfSmall).median;
    const b1net = b1.map((t) => Math.max(0, t - kdfMedian));
    log('B1 done');

    // B2: index build after unlock (time to ready, and the longest synchronous slice).
    const b2: number[] = [];
    let longest = 0;
    for (let i = 0; i < Math.max(1, Math.min(o.runs, 5)); i++) {
      await call('vault.lock', {});
      await call('vault.unlock', { vaultId, passphrase: PASS });
      b2.push(
        await timeIt(async () => {
          await call('entries.list', { page: { offset: 0, limit: 1 } });
          await core.journal.indexReady();
        }),
      );
      longest = Math.max(longest, core.journal.longestIndexSliceMs());
    }
    log('B2 done');

    // B3: 20 fixed queries, against a naive scan of the same decrypted texts.
    // The naive baseline gets the decrypted texts for free (already in memory, lowercased) and
    // scans them with substring matching: no ranking, no typo tolerance.
    const bodies = summaries.map((s) => `${s.title}\n${plainTextOf(core.journal.get(s.id).body)}`.toLowerCase());
    const b3: number[] = [];
    const naive: number[] = [];
    // Each round runs the 20 queries one way, then the other, so neither runs with caches the other
    // has just filled with its own data.
    for (let r = 0; r < Math.max(1, Math.floor(o.runs / 2)); r++) {
      for (const q of QUERIES) b3.push(await timeIt(() => call('entries.search', { query: q, limit: 50 })));
      for (const q of QUERIES) {
        const terms = q.toLowerCase().split(/\s+/);
        naive.push(await timeIt(() => bodies.filter((b) => terms.every((t) => b.includes(t))).slice(0, 50)));
      }
    }
    log('B3 done');

    // B4: save = encrypt + durable write + index update, against the same save in plaintext: the
    // same two rows (body with its plain text; metadata with excerpt and word count) written as
    // JSON in one transaction, same pragmas and indexes, no encryption.
    const b4: number[] = [];
    const b4plain: number[] = [];
    const target = summaries.slice(0, 200);
    const pdb = openDatabase(plainPath, { mustExist: true });
    const plainSave = plaintextSaver(pdb, summaries, items);
    // Enough saves that p99 is not one unlucky sample (at 1,000, the 10th slowest).
    const saves = Math.max(20, Math.min(1000, o.runs * 100));
    const indexBefore = core.journal.indexUpdates();
    for (let i = 0; i < saves; i++) {
      const s = target[i % target.length]!;
      const body = items[(i * 7) % items.length]!.draft.body;
      // Alternating which goes first: the first save after a turn of the event loop meets whatever
      // that turn wrote (a checkpoint's writes still being flushed), and neither side should
      // always be the one that does.
      const mend = async () => b4.push(await timeIt(() => call('entries.update', { id: s.id, patch: { body } })));
      const plaintext = async () => b4plain.push(await timeIt(() => plainSave(s, body)));
      if (i % 2 === 0) {
        await mend();
        await plaintext();
      } else {
        await plaintext();
        await mend();
      }
      // Saves arrive as separate IPC calls, with the event loop turning between them: what Mend
      // defers until after a save has answered (applying it to the search index, folding the WAL
      // into the file) runs here, as it would in the app, outside both timings.
      await new Promise((r) => setImmediate(r));
    }
    pdb.close();
    const indexAfter = core.journal.indexUpdates();
    const indexMsPerSave = (indexAfter.ms - indexBefore.ms) / Math.max(1, indexAfter.applied - indexBefore.applied);
    log('B4 done');

    // B5: resident memory of a fresh process that unlocked this vault and built its index, as the
    // app's main process would (this process holds the benchmark's own data, so it is not measured).
    await kdf.close();
    await call('vault.lock', {});
    const child = spawnSync(process.execPath, ['--expose-gc', await bundleMemoryChild(), dataDir, vaultId, PASS, KDF_WORKER], {
      encoding: 'utf8',
    });
    const memLine = child.stdout.trim().split('\n').pop() ?? '';
    if (child.status !== 0 || !memLine.startsWith('{')) throw new Error(`B5 child failed: ${child.stderr.slice(0, 400)}`);
    const rss = (JSON.parse(memLine) as { rssMB: number }).rssMB;
    await call('vault.unlock', { vaultId, passphrase: PASS });

    // B7: a 50-entry share packet, built and imported.
    await call('partner.setMyName', { name: 'Bench A' });
    const cardA = (await call('partner.myCard', {})).code;
    await call('vault.lock', {});
    const { vaultId: vaultB } = await call('vault.create', { label: 'Bench B', passphrase: PASS_B });
    await call('partner.setMyName', { name: 'Bench B' });
    await call('partner.importCard', { code: cardA });
    await call('partner.verify', {});
    const cardB = (await call('partner.myCard', {})).code;
    await call('vault.lock', {});
    await call('vault.unlock', { vaultId, passphrase: PASS });
    await call('partner.importCard', { code: cardB });
    await call('partner.verify', {});
    const fifty = summaries.slice(0, 50).map((s) => ({ entryId: s.id, note: 'What I would like you to understand.' }));
    const b7build: number[] = [];
    const packets: string[] = [];
    const b7runs = Math.max(2, Math.min(o.runs, 5));
    for (let i = 0; i < b7runs; i++) {
      b7build.push(await timeIt(() => call('share.send', { items: fifty, fields: DEFAULT_SHARE_FIELDS })));
      packets.push(lastSaved);
    }
    await call('vault.lock', {});
    await call('vault.unlock', { vaultId: vaultB, passphrase: PASS_B });
    const b7import: number[] = [];
    for (const p of packets) {
      openQueue.push(p);
      b7import.push(await timeIt(() => call('share.importPacket', {})));
    }
    log('B7 done');

    const B1 = summarize(b1net);
    const B1p = summarize(b1plain);
    const B3 = summarize(b3);
    const B3n = summarize(naive);
    const B4 = summarize(b4, 'ms', true);
    const B4p = summarize(b4plain, 'ms', true);
    return {
      machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
      n: o.n,
      B0_kdf: summarize(b0),
      B1_unlockToFirstPage: B1,
      B1_plaintextBaseline: B1p,
      B1_ratio: round2(B1.median / Math.max(0.01, B1p.median)),
      B2_indexBuild: summarize(b2),
      B2_longestBlockMs: round2(longest),
      B3_search: B3,
      B3_naiveScan: B3n,
      B3_speedup: round2(B3n.median / Math.max(0.001, B3.median)),
      B4_save: B4,
      B4_plaintextInsert: B4p,
      B4_ratio: round2(B4.p99! / Math.max(0.001, B4p.p99!)),
      B4_indexUpdateMs: round2(indexMsPerSave),
      B5_rssMB: round2(rss),
      B7_buildPacket50: summarize(b7build),
      B7_importPacket50: summarize(b7import),
    };
  } finally {
    await core.close();
    rmSync(root, { recursive: true, force: true });
  }
}

const round2 = (x: number) => Math.round(x * 100) / 100;

/**
 * The plaintext baseline for B4: a records table like Mend's (same covering index), holding every
 * entry's body and metadata rows as plain JSON (so the file has the vault's shape and size), and a
 * save that rewrites both in one transaction, deriving the plain text, excerpt and word count as
 * Mend does.
 */
function plaintextSaver(db: ReturnType<typeof openDatabase>, all: readonly EntrySummary[], items: ReturnType<typeof generateEntries>) {
  db.exec(`CREATE TABLE records (id TEXT PRIMARY KEY, type TEXT NOT NULL, rev INTEGER NOT NULL, value TEXT NOT NULL) STRICT;
           CREATE INDEX records_by_type_id_rev ON records (type, id, rev);`);
  const insert = db.prepare('INSERT INTO records (id, type, rev, value) VALUES (?, ?, 1, ?)');
  db.transaction(() =>
    all.forEach((s, i) => {
      const body = items[i]!.draft.body;
      insert.run(`body:${s.id}`, 'entry-body', JSON.stringify({ body, text: plainTextOf(body) }));
      insert.run(s.id, 'entry', JSON.stringify(s));
    }),
  )();
  const rev = db.prepare('SELECT rev FROM records WHERE id = ?');
  const put = db.prepare('INSERT INTO records (id, type, rev, value) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, value = excluded.value');
  const write = (id: string, type: string, value: string) => put.run(id, type, (rev.get(id) as { rev: number }).rev + 1, value);
  const save = db.transaction((s: EntrySummary, body: string, text: string) => {
    write(`body:${s.id}`, 'entry-body', JSON.stringify({ body, text }));
    write(s.id, 'entry', JSON.stringify({ ...s, excerpt: text.slice(0, 180), wordCount: wordCount(text), updatedAt: Date.now() }));
  });
  // Mend checkpoints the WAL between saves rather than inside one (vault/session.ts); so does this,
  // so both sides share the same I/O pattern. Both start with an empty WAL file (Mend's
  // is truncated on lock): a WAL that seeding had already grown would spare this side the file
  // growth that the first saves after an unlock pay for.
  db.pragma('wal_autocheckpoint = 0');
  db.pragma('wal_checkpoint(TRUNCATE)');
  // The same policy as vault/session.ts: a second after writes, or on the next turn once 100
  // records (50 saves of two rows) were written since the last checkpoint.
  let timer: ReturnType<typeof setTimeout> | null = null;
  let soon: ReturnType<typeof setImmediate> | null = null;
  let writes = 0;
  const checkpoint = () => {
    if (timer) clearTimeout(timer);
    if (soon) clearImmediate(soon);
    timer = soon = null;
    writes = 0;
    if (db.open) db.pragma('wal_checkpoint(PASSIVE)');
  };
  return (s: EntrySummary, body: string) => {
    save.immediate(s, body, plainTextOf(body));
    writes += 2;
    if (writes >= 100) soon ??= setImmediate(checkpoint);
    timer ??= setTimeout(checkpoint, 1000);
  };
}

const KDF_WORKER = join(import.meta.dirname, '../../electron/core/crypto/kdf-worker.mjs');

/**
 * The B5 child runs as one bundled script under plain node, as the app's main process runs its
 * electron-vite bundle (dependencies left to node_modules in both). Running it through tsx would
 * add tsx's loader thread (a second V8 isolate) and its transpiled sources: ~30 MB that the app
 * never carries. Written under bench/ (gitignored) so packages resolve from node_modules.
 */
async function bundleMemoryChild(): Promise<string> {
  const { build } = await import('esbuild');
  const outfile = join(import.meta.dirname, '../../bench/.memory-child.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'memory-child.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}
