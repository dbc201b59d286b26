import { expect, it } from 'vitest';
import { runCoreBench } from './core-bench';
import { formatTable } from './report';

// The benchmark's own code, at a small N, inside `npm test`: every figure is produced and sane.
// No timing thresholds here: speed is measured by `npm run bench`, never asserted.
it('produces every core figure at N = 200', async () => {
  const r = await runCoreBench({ n: 200, runs: 3, kdfRuns: 1 });
  const figures = [
    r.B0_kdf,
    r.B1_unlockToFirstPage,
    r.B1_plaintextBaseline,
    r.B2_indexBuild,
    r.B3_search,
    r.B3_naiveScan,
    r.B4_save,
    r.B4_plaintextInsert,
    r.B7_buildPacket50,
    r.B7_importPacket50,
  ];
  for (const f of figures) {
    expect(f.runs).toBeGreaterThan(0);
    expect(Number.isFinite(f.median)).toBe(true);
    expect(f.median).toBeGreaterThanOrEqual(0);
    expect(f.p95).toBeGreaterThanOrEqual(f.median);
  }
  expect(r.B3_search.runs).toBe(20);
  expect(r.B4_save.p99).toBeGreaterThanOrEqual(r.B4_save.p95);
  expect(r.B5_rssMB).toBeGreaterThan(10);
  expect(r.B4_indexUpdateMs).toBeGreaterThan(0);
  expect(r.n).toBe(200);
  for (const ratio of [r.B1_ratio, r.B3_speedup, r.B4_ratio]) expect(Number.isFinite(ratio) && ratio > 0).toBe(true);
  const table = formatTable({ ...r, browser: null });
  expect(table).toContain('| B4 |');
  expect(table).toContain('N = 200');
}, 120_000);
