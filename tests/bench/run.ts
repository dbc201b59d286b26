// `npm run bench`: seeds a vault with N entries (default 10,000) and measures B0–B7, writing
// bench/results.json and printing a table of figures and ratios. Not part of `npm test`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCoreBench } from './core-bench';
import { runBrowserBench } from './browser-bench';
import { formatTable } from './report';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

const n = arg('--n', 10_000);
const runs = arg('--runs', 10);
const log = (line: string) => process.stderr.write(`  · ${line}\n`);

const core = await runCoreBench({ n, runs, kdfRuns: arg('--kdf-runs', 5), log });
const browser = process.argv.includes('--no-browser')
  ? null
  : await runBrowserBench({ n: Math.min(n, arg('--browser-n', n)), runs: Math.max(3, Math.floor(runs / 2)), log });
const results = { date: new Date().toISOString(), ...core, browser };
const dir = join(import.meta.dirname, '../../bench');
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(formatTable(results) + '\n');
process.stdout.write(`\nWrote bench/results.json\n`);
