import { runCoreBench } from './core-bench';
const n = Number(process.argv[2] ?? 200);
const r = await runCoreBench({ n, runs: 6, kdfRuns: 2, log: (l) => console.error(l) });
console.log(JSON.stringify(r, null, 1));
