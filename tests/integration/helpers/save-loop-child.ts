/**
 * Child process for the crash test: unlocks an existing vault and saves numbered records through the
 * RecordStore in a tight loop, printing `ACK <n>` only after the save returned (i.e. is durable). The
 * parent SIGKILLs it at a random moment and then checks that every ACKed save survived.
 *
 *   node --import tsx save-loop-child.ts <store|core> <dataDir> <vaultId> <passphrase> <firstN>
 *
 * Modes:
 *   store  opens the file and unwraps the vault key with the same pieces the vault service uses
 *          (readHeader, Argon2id, unwrapKey), importing only those: starts in well under a second.
 *   core   unlocks through createCore + dispatch('vault.unlock'), exactly as the app does (slower
 *          to start, since it loads every feature), so kills also land inside the real unlock.
 *
 * stdout is written with writeSync(1): the ACK line is out of this process before the next save starts.
 */
import { writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRecordCipher, unwrapKey } from '../../../electron/core/crypto/envelope';
import { deriveInline, passphraseBytes } from '../../../electron/core/crypto/kdf';
import { loadSodium } from '../../../electron/core/crypto/sodium';
import { openDatabase } from '../../../electron/core/db/open';
import { RecordStore } from '../../../electron/core/records/store';
import { readHeader } from '../../../electron/core/vault/header';
import { vaultPath } from '../../../electron/core/vault/paths';
import { passphrasePurpose } from '../../../electron/core/vault/slots';

const [mode, dataDir, vaultId, passphrase, firstArg] = process.argv.slice(2);
if ((mode !== 'store' && mode !== 'core') || !dataDir || !vaultId || !passphrase || !firstArg) {
  process.stderr.write('usage: save-loop-child <store|core> <dataDir> <vaultId> <passphrase> <firstN>\n');
  process.exit(64);
}

const say = (line: string): void => {
  writeSync(1, line + '\n');
};

async function unlockWithStore(): Promise<RecordStore> {
  const sodium = await loadSodium();
  const db = openDatabase(vaultPath(dataDir!, vaultId!), { mustExist: true });
  const header = readHeader(db);
  const kek = deriveInline(sodium, passphraseBytes(passphrase!), header.kdf);
  const key = unwrapKey(sodium, kek, header.passphraseSlot, passphrasePurpose(header.vaultId));
  sodium.memzero(kek);
  if (!key) throw new Error('wrong passphrase');
  const store = new RecordStore(db, createRecordCipher(sodium, key));
  sodium.memzero(key);
  return store;
}

async function unlockWithCore(): Promise<RecordStore> {
  // Imported only in this mode: loading every feature is what makes it slow to start.
  const [{ createCore }, { TEST_KDF_COST }, { quietPorts }] = await Promise.all([
    import('../../../electron/core/app'),
    import('../../../electron/core/crypto/kdf'),
    import('./ports'),
  ]);
  const core = await createCore({
    dataDir: dataDir!,
    ports: quietPorts(join(tmpdir(), 'mend-child-dialogs')),
    version: '0.0.0-crash',
    platform: process.platform,
    kdfCost: TEST_KDF_COST,
  });
  const unlocked = await core.dispatch('vault.unlock', { vaultId: vaultId!, passphrase: passphrase! });
  if (!unlocked.ok) throw new Error(`unlock failed: ${unlocked.error.code}: ${unlocked.error.message}`);
  return core.vaults.requireSession().store;
}

let store: RecordStore;
try {
  store = mode === 'core' ? await unlockWithCore() : await unlockWithStore();
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
}
say('READY');

// Deterministic but varied sizes, so saves span one page or several and the WAL grows.
let seed = Math.imul(Number(firstArg), 2654435761) >>> 0;
const nextSize = (): number => {
  seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
  return seed % 6000;
};

for (let n = Number(firstArg); ; n++) {
  const size = nextSize();
  const save = (): void => {
    store.put('crash', `r${n}`, { n, size, text: 'x'.repeat(size) });
    store.put('crash-counter', 'counter', { n });
  };
  // Sometimes both writes in one transaction (all land or none), sometimes as two commits.
  if (n % 3 === 0) store.transaction(save);
  else save();
  say(`ACK ${n}`);
}
