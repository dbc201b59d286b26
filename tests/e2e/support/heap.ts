import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Session } from 'node:inspector';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString, writeHeapSnapshot } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Page } from '@playwright/test';

/**
 * Heap snapshots for the privacy battery: the renderer's (through the DevTools protocol) and this
 * Node process's (where the browser test host runs the core). Both come back as Buffers, which
 * live outside the V8 heap, so holding one does not put its strings into the next snapshot.
 */

/** Collects garbage in the page, then takes and returns its heap snapshot. */
export async function rendererHeapSnapshot(page: Page): Promise<Buffer> {
  const cdp = await page.context().newCDPSession(page);
  const chunks: Buffer[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => void chunks.push(Buffer.from(chunk, 'utf8'));
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
    await cdp.send('HeapProfiler.disable');
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
    await cdp.detach().catch(() => {});
  }
  return Buffer.concat(chunks);
}

let gcFn: (() => void) | null = null;

/** `global.gc`, or, when the worker was started without --expose-gc, the same function obtained at runtime. */
export function forceGc(): void {
  if (!gcFn) {
    const g = (globalThis as { gc?: () => void }).gc;
    if (g) gcFn = g;
    else {
      setFlagsFromString('--expose-gc');
      gcFn = runInNewContext('gc') as () => void;
    }
  }
  // Twice: the first pass may only clear weak references (the string table, weak maps) that the second reclaims.
  gcFn();
  gcFn();
}

/**
 * A heap snapshot records where each function is defined. For a script whose line ends V8 has not
 * worked out yet, it scans the source from the start for every function, and the test runner's
 * large bundled scripts make that take 20 s or more. Turning the debugger on works the line ends
 * out for every loaded script once (it reports each script's extent), so the snapshot takes ~1 s.
 */
async function computeLineEnds(): Promise<void> {
  const session = new Session();
  session.connect();
  const post = (method: string) => new Promise<void>((ok, fail) => session.post(method, (err) => (err ? fail(err) : ok())));
  try {
    await post('Debugger.enable');
    await post('Debugger.disable');
  } finally {
    session.disconnect();
  }
}

/** Collects garbage in this process, then takes and returns its heap snapshot. */
export async function nodeHeapSnapshot(): Promise<Buffer> {
  // Let pending microtasks and timers settle (closed sockets, resolved promises), then collect.
  await new Promise((r) => setTimeout(r, 50));
  await computeLineEnds();
  forceGc();
  // writeHeapSnapshot is several times faster than streaming getHeapSnapshot() in small chunks.
  const dir = mkdtempSync(join(tmpdir(), 'mend-heap-'));
  try {
    return readFileSync(writeHeapSnapshot(join(dir, 'core.heapsnapshot')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Snapshot {
  nodeFields: string[];
  nodeTypes: string[];
  edgeFields: string[];
  edgeTypes: string[];
  nodes: number[];
  edges: number[];
  strings: string[];
}

function parse(buf: Buffer): Snapshot {
  const json = JSON.parse(buf.toString('utf8')) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
    nodes: number[];
    edges: number[];
    strings: string[];
  };
  const m = json.snapshot.meta;
  return {
    nodeFields: m.node_fields,
    nodeTypes: m.node_types[0],
    edgeFields: m.edge_fields,
    edgeTypes: m.edge_types[0],
    nodes: json.nodes,
    edges: json.edges,
    strings: json.strings,
  };
}

export interface HeapHit {
  /** String nodes holding the needle, by who keeps them: the test harness itself, or anything else. */
  harness: number;
  other: number;
  /** Up to a few shortest strong retaining paths from the GC roots for the `other` ones (DevTools' "Retainers", in text). */
  retainers: string[];
  /** One example path for the harness-held ones. */
  harnessExample: string | null;
}

/**
 * Where each needle appears in a snapshot. A quick byte search first; only when something is found
 * is the snapshot parsed, and each string node that holds a needle gets its shortest strong
 * retaining path from the root. Paths matching `harness` (the Playwright runner's step log, the
 * test function's own locals) are counted apart: they are the test's memory, not the app's.
 * V8 records at most the first 1024 characters of each string, so text deeper in a long string
 * is not visible to this search.
 */
export function findInSnapshot(
  buf: Buffer,
  needles: Record<string, string[]>,
  harness: RegExp,
  maxPaths = 3,
): Record<string, HeapHit | null> {
  const result: Record<string, HeapHit | null> = {};
  const pending = new Map<string, string[]>();
  for (const [key, variants] of Object.entries(needles)) {
    if (variants.some((v) => buf.includes(Buffer.from(v, 'utf8')))) pending.set(key, variants);
    else result[key] = null;
  }
  if (pending.size === 0) return result;

  const s = parse(buf);
  const NF = s.nodeFields.length;
  const EF = s.edgeFields.length;
  const nType = s.nodeFields.indexOf('type');
  const nName = s.nodeFields.indexOf('name');
  const nEdges = s.nodeFields.indexOf('edge_count');
  const eType = s.edgeFields.indexOf('type');
  const eName = s.edgeFields.indexOf('name_or_index');
  const eTo = s.edgeFields.indexOf('to_node');
  const weak = s.edgeTypes.indexOf('weak');
  const count = s.nodes.length / NF;

  // Which entries of the string table hold which needles: one pass over the table.
  const escape = (v: string) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const variantKey = new Map<string, string>();
  for (const [key, variants] of pending) for (const v of variants) variantKey.set(v, key);
  const any = new RegExp([...variantKey.keys()].map(escape).join('|'), 'g');
  const keysOfString = new Map<number, Set<string>>();
  s.strings.forEach((str, i) => {
    const found = str.match(any);
    if (found) keysOfString.set(i, new Set(found.map((v) => variantKey.get(v)!)));
  });

  // Breadth-first from the synthetic root over strong edges: each node's parent on a shortest path.
  const parent = new Int32Array(count).fill(-1);
  const viaEdge = new Int32Array(count).fill(-1);
  const firstEdge = new Int32Array(count + 1);
  for (let i = 0, e = 0; i < count; i++) {
    firstEdge[i] = e;
    e += s.nodes[i * NF + nEdges]! * EF;
    firstEdge[i + 1] = e;
  }
  parent[0] = 0;
  let queue = [0];
  while (queue.length) {
    const next: number[] = [];
    for (const n of queue) {
      for (let e = firstEdge[n]!; e < firstEdge[n + 1]!; e += EF) {
        if (s.edges[e + eType] === weak) continue;
        const to = s.edges[e + eTo]! / NF;
        if (parent[to] !== -1) continue;
        parent[to] = n;
        viaEdge[to] = e;
        next.push(to);
      }
    }
    queue = next;
  }

  const nodeLabel = (n: number): string => {
    const type = s.nodeTypes[s.nodes[n * NF + nType]!]!;
    const name = s.strings[s.nodes[n * NF + nName]!]!.replace(/\s+/g, ' ');
    const short = name.length > 60 ? `${name.slice(0, 57)}…` : name;
    return type === 'object' || type === 'closure' || type === 'native' ? short : `(${type}) ${short}`;
  };
  const edgeLabel = (e: number): string => {
    const type = s.edgeTypes[s.edges[e + eType]!]!;
    const nameOrIndex = s.edges[e + eName]!;
    if (type === 'element' || type === 'hidden') return `[${nameOrIndex}]`;
    return `.${s.strings[nameOrIndex] ?? nameOrIndex}`;
  };
  const pathTo = (n: number): string => {
    if (parent[n] === -1) return 'no strong path from the roots (held only weakly, e.g. by the string table; freed by the next full GC)';
    const steps: string[] = [];
    let cur = n;
    while (cur !== 0 && steps.length < 40) {
      steps.push(`${edgeLabel(viaEdge[cur]!)} → ${nodeLabel(cur)}`);
      cur = parent[cur]!;
    }
    return steps.reverse().join(' ');
  };

  for (const key of pending.keys()) result[key] = { harness: 0, other: 0, retainers: [], harnessExample: null };
  const stringTypes = new Set(['string', 'concatenated string', 'sliced string'].map((t) => s.nodeTypes.indexOf(t)));
  for (let n = 0; n < count; n++) {
    if (!stringTypes.has(s.nodes[n * NF + nType]!)) continue;
    const keys = keysOfString.get(s.nodes[n * NF + nName]!);
    if (!keys) continue;
    const path = pathTo(n);
    for (const key of keys) {
      const hit = result[key]!;
      if (harness.test(path)) {
        hit.harness++;
        hit.harnessExample ??= path;
      } else {
        hit.other++;
        if (hit.retainers.length < maxPaths) hit.retainers.push(path);
      }
    }
  }
  for (const key of pending.keys()) {
    const hit = result[key]!;
    // In the bytes but in no string node: a property or function name in the snapshot's table.
    if (hit.harness + hit.other === 0) hit.retainers.push('only as a name in the snapshot’s string table, not as a string value');
  }
  return result;
}

/** One line per snapshot (size; per marker: held by the app, held by the harness), then the app's retaining paths. */
export function summarize(what: string, buf: Buffer, hits: Record<string, HeapHit | null>, ms: number): string {
  const entries = Object.entries(hits);
  const app = entries.filter(([, h]) => h && (h.other > 0 || h.harness === 0));
  const harnessOnly = entries.filter(([, h]) => h && h.other === 0 && h.harness > 0);
  const absent = entries.filter(([, h]) => h === null);
  const mib = (buf.length / 1048576).toFixed(1);
  const lines = [
    `[heap] ${what}: ${mib} MiB snapshot (searched in ${(ms / 1000).toFixed(1)} s); ` +
      `not found: ${absent.length}; held only by the test harness: ${harnessOnly.length}${harnessOnly.length ? ` (${harnessOnly.map(([k]) => k).join(', ')})` : ''}; ` +
      `found elsewhere: ${app.length}${app.length ? ` (${app.map(([k, h]) => `${k} ×${h!.other}`).join(', ')})` : ''}`,
  ];
  for (const [k, h] of app) for (const r of h!.retainers) lines.push(`    ${k}: ${r}`);
  const example = harnessOnly[0]?.[1]?.harnessExample;
  if (example) lines.push(`    e.g. harness: ${example}`);
  return lines.join('\n');
}
