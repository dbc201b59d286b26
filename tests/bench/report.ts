import type { CoreResults } from './core-bench';
import type { BrowserResults } from './browser-bench';
import type { Figure } from './stats';

type Row = [id: string, what: string, figure: string, baseline: string, ratio: string, target: string];

const f = (x: Figure | undefined, key: 'median' | 'p95' | 'p99' = 'median') => (x ? `${x[key]} ${x.unit}` : '—');
const round2 = (x: number) => Math.round(x * 100) / 100;
const both = (x: Figure | undefined) => (x ? `${x.median} / ${x.p95} ${x.unit}` : '—');

/** A Markdown table (for the README's Performance section and the terminal alike). */
export function formatTable(r: CoreResults & { browser: BrowserResults | null; date?: string }): string {
  const rows: Row[] = [
    ['B0', 'Argon2id key derivation (median / p95)', both(r.B0_kdf), '—', '—', 'report only'],
    [
      'B1',
      'unlock → first timeline page, excl. B0 (median / p95)',
      both(r.B1_unlockToFirstPage),
      both(r.B1_plaintextBaseline),
      `${r.B1_ratio}×`,
      '≤ 50 ms, ≤ 2×',
    ],
    ['B2', 'search index build (median / p95)', both(r.B2_indexBuild), '—', '—', '≤ 1.5 s'],
    ['B2', 'longest main-thread block while building', `${r.B2_longestBlockMs} ms`, '—', '—', '≤ 50 ms'],
    [
      'B3',
      'search, 20 fixed queries (median / p95)',
      both(r.B3_search),
      both(r.B3_naiveScan),
      `${r.B3_speedup}× faster`,
      'p95 ≤ 15 ms, ≥ 10×',
    ],
    [
      'B4',
      'save: validate + encrypt + durable write (p50 / p99)',
      `${f(r.B4_save)} / ${f(r.B4_save, 'p99')}`,
      `${f(r.B4_plaintextInsert)} / ${f(r.B4_plaintextInsert, 'p99')}`,
      `${r.B4_ratio}× (p99)`,
      'p99 ≤ 5 ms, ≤ 2×',
    ],
    ['B4', 'search-index update per save, applied just after the save answers (mean)', `${r.B4_indexUpdateMs} ms`, '—', '—', '—'],
    ['B5', 'resident memory, unlocked with index', `${r.B5_rssMB} MB`, '—', '—', '≤ 250 MB'],
    ['B6', 'Chromium: unlock → first painted timeline (median / p95)', both(r.browser?.firstPaint), '—', '—', '≤ 500 ms'],
    [
      'B6',
      'Chromium: keystroke → painted frame in a 5,000-word entry (median / p95); baseline: a bare textarea',
      both(r.browser?.keystrokeToPaint),
      both(r.browser?.floorKeystrokeToPaint),
      r.browser ? `+${round2(r.browser.keystrokeToPaint.p95 - r.browser.floorKeystrokeToPaint.p95)} ms (p95)` : '—',
      'p95 ≤ 16 ms',
    ],
    [
      'B6',
      'Chromium: main-thread work per keystroke; baseline: a bare textarea',
      r.browser ? `${r.browser.keystrokeWorkMs} ms` : '—',
      r.browser ? `${r.browser.floorKeystrokeWorkMs} ms` : '—',
      '—',
      '≤ 16 ms (one frame)',
    ],
    ['B7', 'share packet of 50 entries: build (median / p95)', both(r.B7_buildPacket50), '—', '—', '≤ 200 ms'],
    ['B7', 'share packet of 50 entries: import (median / p95)', both(r.B7_importPacket50), '—', '—', '≤ 200 ms'],
  ];
  const head = `N = ${r.n} entries · ${r.machine.cpu} (${r.machine.cores} cores) · Node ${r.machine.node}${r.date ? ` · ${r.date.slice(0, 10)}` : ''}`;
  const lines = [
    '| | measure | Mend | plaintext baseline | ratio | target |',
    '|---|---|---|---|---|---|',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
  return `${head}\n\n${lines.join('\n')}`;
}
