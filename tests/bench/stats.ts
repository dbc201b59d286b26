export interface Figure {
  median: number;
  p95: number;
  p99?: number;
  runs: number;
  unit: 'ms' | 'MB';
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: number[], unit: Figure['unit'] = 'ms', withP99 = false): Figure {
  const s = [...samples].sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 100) / 100;
  return {
    median: round(percentile(s, 50)),
    p95: round(percentile(s, 95)),
    ...(withP99 ? { p99: round(percentile(s, 99)) } : {}),
    runs: s.length,
    unit,
  };
}

export async function timeIt(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return performance.now() - t;
}
