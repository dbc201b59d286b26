// B5 in a fresh process, as the app would be: a core that has just unlocked a vault, drawn its
// timeline and built its search index. Prints {"rssMB": …, "heapMB": …} on the last line.
import { createCore } from '../../electron/core/app';
import { TEST_KDF_COST } from '../../electron/core/crypto/kdf';
import { systemClock } from '../../electron/core/ports';

const [dataDir, vaultId, passphrase, kdfWorkerUrl] = process.argv.slice(2) as [string, string, string, string];
const core = await createCore({
  dataDir,
  ports: {
    clock: systemClock(),
    notifier: { show() {} },
    dialogs: { saveFile: async () => null, openFile: async () => null, openDirectory: async () => null },
    power: { subscribe: () => () => {} },
  },
  version: 'bench',
  platform: process.platform,
  kdfCost: TEST_KDF_COST,
  kdfWorkerUrl,
});
const unlocked = await core.dispatch('vault.unlock', { vaultId, passphrase });
if (!unlocked.ok) throw new Error(unlocked.error.message);
await core.dispatch('entries.list', { page: { offset: 0, limit: 100 } });
await core.journal.indexReady();
await core.backups.settled();
// The KDF worker stops itself after 5 s idle, as in the app.
await new Promise((r) => setTimeout(r, 5500));
(globalThis as { gc?: () => void }).gc?.();
const m = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({ rssMB: Math.round((m.rss / 1048576) * 10) / 10, heapMB: Math.round((m.heapUsed / 1048576) * 10) / 10 })}\n`,
);
await core.close();
process.exit(0);
