import { expect, test } from '@playwright/test';
import { runBrowserBench } from '../bench/browser-bench';

// B6's own code at a small N inside `npm test`: every figure is produced and sane. No timing
// thresholds: speed is measured by `npm run bench`, never asserted.
test('B6 produces every browser figure at N = 50', async ({ browserName: _ }, info) => {
  test.skip(info.project.name !== 'chromium', 'B6 measures Chromium through the test host');
  test.setTimeout(120_000);
  const r = await runBrowserBench({ n: 50, runs: 1 });
  expect(r.n).toBe(51);
  for (const f of [r.firstPaint, r.keystrokeToPaint, r.floorKeystrokeToPaint]) {
    expect(f.runs).toBeGreaterThan(0);
    expect(Number.isFinite(f.median) && f.median > 0).toBe(true);
    expect(f.p95).toBeGreaterThanOrEqual(f.median);
  }
  // Most keystrokes are measured (a few may fall between the typing and the read-out).
  expect(r.keystrokeToPaint.runs).toBeGreaterThan(150);
  for (const work of [r.keystrokeWorkMs, r.floorKeystrokeWorkMs]) expect(Number.isFinite(work) && work > 0).toBe(true);
});
