/**
 * Child process for the read-only data folder test, started as an unprivileged user (the tests run
 * as root, for whom chmod restricts nothing). Tries what the app would do and prints one JSON line
 * per step: { step, result } where result is the dispatch Result.
 *
 *   node --import tsx readonly-child.ts <dataDir> <vaultId> <passphrase>
 */
import { createCore } from '../../../electron/core/app';
import { TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { quietPorts } from './ports';

const [dataDir, vaultId, passphrase] = process.argv.slice(2);
if (!dataDir || !vaultId || !passphrase) {
  process.stderr.write('usage: readonly-child <dataDir> <vaultId> <passphrase>\n');
  process.exit(64);
}

const unexpected: string[] = [];
const core = await createCore({
  dataDir,
  ports: quietPorts(join(tmpdir(), 'mend-child-dialogs')),
  version: '0.0.0-readonly',
  platform: process.platform,
  kdfCost: TEST_KDF_COST,
  onUnexpected: (channel, e) =>
    unexpected.push(`${channel}: ${e instanceof Error ? `${e.name} ${(e as { code?: string }).code ?? ''} ${e.message}` : String(e)}`),
});

const step = async (name: string, channel: string, input: unknown): Promise<void> => {
  const result = await core.dispatch(channel, input);
  process.stdout.write(JSON.stringify({ step: name, result }) + '\n');
};

await step('info', 'app.info', {});
await step('list', 'vault.list', {});
await step('create', 'vault.create', { label: 'New one', passphrase: 'orbit pickle tundra saffron 17' });
await step('unlock', 'vault.unlock', { vaultId, passphrase });
await step('wrongUnlock', 'vault.unlock', { vaultId, passphrase: 'velvet harbor cobalt zephyr 52' });
await step('updateSettings', 'vault.updateSettings', { idleLockMinutes: 7 });
await step('lock', 'vault.lock', {});
await core.close();
process.stdout.write(JSON.stringify({ step: 'unexpected', result: unexpected }) + '\n');
process.stdout.write(JSON.stringify({ step: 'uid', result: process.getuid?.() ?? null }) + '\n');
