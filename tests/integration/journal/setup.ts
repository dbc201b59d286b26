import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core/app';
import { TEST_KDF_COST } from '../../../electron/core/crypto/kdf';
import { ManualClock } from '../../../electron/core/ports';
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { MendError } from '../../../shared/errors';

export { lexical } from '../../support/lexical';

export const PASSPHRASE = 'quiet harbour lantern 42';

export interface JournalWorld {
  core: Core;
  clock: ManualClock;
  dataDir: string;
  vaultId: string;
  /** Calls a channel through dispatch (as IPC would) and throws MendError on failure. */
  call<K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>>;
  raw(channel: string, input: unknown): ReturnType<Core['dispatch']>;
  cleanup(): Promise<void>;
}

/** A real core on a temp data dir with one unlocked vault. Only the OS ports are test doubles. */
export async function openJournal(): Promise<JournalWorld> {
  const dataDir = mkdtempSync(join(tmpdir(), 'mend-journal-'));
  const clock = new ManualClock(Date.UTC(2026, 5, 15, 12));
  const core = await createCore({
    dataDir,
    ports: {
      clock,
      notifier: { show: () => {} },
      dialogs: { saveFile: async () => null, openFile: async () => null, openDirectory: async () => null },
      power: { subscribe: () => () => {} },
    },
    version: '0.0.0-test',
    platform: 'test',
    kdfCost: TEST_KDF_COST,
  });
  const call = async <K extends ChannelName>(channel: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const r = await core.dispatch(channel, input);
    if (!r.ok) throw MendError.fromInfo(r.error);
    return r.value as OutputOf<K>;
  };
  const { vaultId } = await call('vault.create', { label: 'Sam', passphrase: PASSPHRASE });
  return {
    core,
    clock,
    dataDir,
    vaultId,
    call,
    raw: (channel, input) => core.dispatch(channel, input),
    async cleanup() {
      await core.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

