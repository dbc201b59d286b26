// Runs the browser test host by hand: `npx tsx tests/e2e/host/cli.ts [--port 5178] [--data DIR]`,
// then open the printed URL in Chromium. Handy for looking at the UI without Electron.
import { startHost } from './server';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const host = await startHost({ port: Number(arg('--port') ?? 0), dataDir: arg('--data'), kdf: process.argv.includes('--real-kdf') ? 'real' : 'fast' });
process.stdout.write(`Mend test host: ${host.url}  (data: ${host.dataDir})\n`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
