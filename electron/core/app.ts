import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import type { Handlers } from '../../shared/contract';
import { MendError } from '../../shared/errors';
import { createDispatch, type Dispatch } from './dispatch';
import { storageError } from './db/errors';
import type { Migration } from './db/migrate';
import { DamagedRecordError } from './crypto/envelope';
import { createWorkerKdf, DEFAULT_KDF_COST, type Kdf } from './crypto/kdf';
import { loadSodium } from './crypto/sodium';
import { EventHub, type EventListener } from './events';
import type { Ports } from './ports';
import { listVaultIds } from './vault/paths';
import { VaultService } from './vault/service';
import { JournalService } from './journal/service';
import { PartnerService } from './partner/service';
import { ConversationService } from './conversations/service';
import { ProgressService } from './progress/service';
import { BackupService } from './backup/service';
import { ExportService } from './export/service';
import { ImportService } from './import/service';
import { Jobs } from './jobs';
import type { LockReason } from '../../shared/contract';

export interface CoreOptions {
  dataDir: string;
  ports: Ports;
  version: string;
  platform: string;
  /** Lower Argon2id cost for tests; the app always uses the default. */
  kdfCost?: { opslimit: number; memlimit: number };
  /** Where kdf-worker.mjs lives once bundled (main passes its output path). */
  kdfWorkerUrl?: URL | string;
  kdf?: Kdf;
  nativeBinding?: string;
  lockGraceMs?: number;
  /** Tests only: a longer migration list, to exercise upgrading (and backing up) existing files. */
  migrations?: readonly Migration[];
  /** Called with unexpected exceptions. Must never log decrypted content; main logs only the name and channel. */
  onUnexpected?: (channel: string, e: unknown) => void;
}

export interface Core {
  handlers: Handlers;
  dispatch: Dispatch;
  subscribe(listener: EventListener): () => void;
  /** Lock on behalf of the OS or the shell (quit): asks the renderer to flush first. */
  requestLock(reason: LockReason): void;
  /** Locks, zeroes keys, stops the KDF worker. */
  close(): Promise<void>;
  /** For tests and the bench: the services behind the handlers. */
  vaults: VaultService;
  journal: JournalService;
  partner: PartnerService;
  conversations: ConversationService;
  backups: BackupService;
}

function dataDirState(dataDir: string): 'fresh' | 'ready' | 'unwritable' {
  try {
    if (!existsSync(dataDir)) mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    accessSync(dataDir, constants.W_OK);
  } catch {
    return 'unwritable';
  }
  return listVaultIds(dataDir).length > 0 ? 'ready' : 'fresh';
}

/**
 * The composition root: everything the core does, wired from a data directory and OS ports.
 * Main (IPC) and the browser test host (HTTP) both call this and nothing else.
 */
export async function createCore(o: CoreOptions): Promise<Core> {
  const sodium = await loadSodium();
  const events = new EventHub();
  const kdf = o.kdf ?? createWorkerKdf(o.kdfWorkerUrl);
  const vaults = new VaultService({
    dataDir: o.dataDir,
    sodium,
    kdf,
    kdfCost: o.kdfCost ?? DEFAULT_KDF_COST,
    clock: o.ports.clock,
    events,
    nativeBinding: o.nativeBinding,
    lockGraceMs: o.lockGraceMs,
    migrations: o.migrations,
  });

  const journal = new JournalService(vaults, o.ports.clock, sodium);
  const partner = new PartnerService(vaults, journal, sodium, o.ports.clock, o.ports.dialogs);
  const conversations = new ConversationService(vaults, journal, partner, sodium, o.ports.clock, o.ports.notifier, o.ports.dialogs);
  const progress = new ProgressService(journal, conversations, o.ports.dialogs, o.ports.printer);
  const backups = new BackupService(o.dataDir, vaults, sodium, kdf, o.ports.clock, o.nativeBinding);
  const jobs = new Jobs(events);
  // Long jobs stop when the vault locks: they hold decrypted entries.
  vaults.onLock(() => jobs.cancelAll());
  const exporter = new ExportService(journal, conversations, jobs, o.ports.dialogs, o.ports.clock);
  const importer = new ImportService(journal, jobs, o.ports.dialogs, o.ports.clock);

  const unsubscribePower = o.ports.power.subscribe((e) => vaults.requestLock(e === 'lock-screen' ? 'os-lock' : 'suspend'));

  const handlers: Handlers = {
    'app.info': async () => ({
      name: 'Mend',
      version: o.version,
      platform: o.platform,
      dataDir: { path: o.dataDir, state: dataDirState(o.dataDir), vaultCount: listVaultIds(o.dataDir).length },
    }),
    'vault.list': async () => ({ vaults: vaults.list() }),
    'vault.status': async () => vaults.status(),
    'vault.create': ({ label, passphrase }) => vaults.create(label, passphrase),
    'vault.unlock': ({ vaultId, passphrase }) => vaults.unlock(vaultId, passphrase),
    'vault.unlockWithRecoveryKey': ({ vaultId, recoveryKey }) => vaults.unlockWithRecoveryKey(vaultId, recoveryKey),
    'vault.setNewPassphrase': ({ passphrase }) => vaults.setNewPassphrase(passphrase),
    'vault.lock': async () => vaults.lock('manual'),
    'vault.touch': async () => {
      vaults.touch();
      return null;
    },
    'vault.changePassphrase': ({ current, next }) => vaults.changePassphrase(current, next),
    'vault.regenerateRecoveryKey': ({ passphrase }) => vaults.regenerateRecoveryKey(passphrase),
    'vault.getSettings': async () => vaults.getSettings(),
    'vault.updateSettings': async (patch) => vaults.updateSettings(patch),
    'entries.create': async (draft) => journal.create(draft),
    'entries.update': async ({ id, patch, baseRev }) => journal.update(id, patch, baseRev),
    'entries.get': async ({ id }) => journal.get(id),
    'entries.list': async ({ filters, trash, page }) => journal.list(filters, trash, page),
    'entries.search': ({ query, filters, limit }) => journal.search(query, filters, limit),
    'entries.facets': async () => journal.facets(),
    'entries.trash': async ({ id }) => journal.trash(id),
    'entries.restore': async ({ id }) => journal.restore(id),
    'entries.purge': async ({ id }) => journal.purge(id),
    'entries.emptyTrash': async () => journal.emptyTrash(),
    'partner.status': async () => partner.status(),
    'partner.setMyName': async ({ name }) => partner.setMyName(name),
    'partner.myCard': async () => ({ code: partner.myCardCode() }),
    'partner.saveMyCard': () => partner.saveMyCard(),
    'partner.importCard': async ({ code }) => partner.importCard(code),
    'partner.importCardFile': () => partner.importCardFile(),
    'partner.verify': async () => partner.verify(),
    'partner.unpair': async () => partner.unpair(),
    'share.preview': async (req) => partner.preview(req),
    'share.send': (req) => partner.send(req),
    'share.log': async () => partner.shareLog(),
    'share.importPacket': () => partner.importPacketFromDialog(),
    'share.importPacketData': async ({ data }) => partner.importPacketBase64(data),
    'received.list': async ({ conversationId }) => partner.listReceived(conversationId),
    'received.reflect': async ({ id, reflection }) => partner.reflect(id, reflection),
    'conversations.schedule': async (input) => conversations.schedule(input),
    'conversations.updateSeries': async ({ id, series }) => conversations.updateSeries(id, series),
    'conversations.cancelSeries': async ({ id }) => conversations.cancelSeries(id),
    'conversations.listSeries': async () => conversations.listSeries(),
    'conversations.upcoming': async ({ days, pastDays }) => conversations.upcoming(days, pastDays),
    'conversations.open': async ({ seriesId, startsAt }) => conversations.open(seriesId, startsAt),
    'conversations.get': async ({ id }) => conversations.get(id),
    'conversations.savePrep': async ({ id, prep }) => conversations.savePrep(id, prep),
    'conversations.agenda': async ({ id }) => conversations.agenda(id),
    'conversations.start': async ({ id }) => conversations.start(id),
    'conversations.pause': async ({ id, minutes }) => conversations.pause(id, minutes),
    'conversations.resume': async ({ id }) => conversations.resume(id),
    'conversations.end': async ({ id, notes, wentWell }) => conversations.end(id, notes, wentWell),
    'conversations.saveAfter': async ({ id, notes, wentWell }) => conversations.saveAfter(id, notes, wentWell),
    'conversations.skip': async ({ id }) => conversations.skip(id),
    'conversations.exportIcs': ({ seriesId }) => conversations.exportIcs(seriesId),
    'conversations.dueNotice': async ({ peek }) => conversations.dueNotice(peek),
    'agreements.create': async (input) => conversations.createAgreement(input),
    'agreements.setStatus': async ({ id, status, note }) => conversations.setAgreementStatus(id, status, note),
    'agreements.list': async ({ status }) => conversations.listAgreements(status),
    'boundaries.create': async (input) => conversations.createBoundary(input),
    'boundaries.update': async ({ id, boundary }) => conversations.updateBoundary(id, boundary),
    'boundaries.recordCrossing': async ({ id, crossing }) => conversations.recordCrossing(id, crossing),
    'boundaries.list': async () => conversations.listBoundaries(),
    'boundaries.remove': async ({ id }) => conversations.removeBoundary(id),
    'progress.insights': async ({ today, months }) => progress.insights(today, months),
    'progress.month': async ({ month }) => progress.month(month),
    'progress.onThisDay': async ({ today }) => progress.onThisDay(today),
    'progress.printMonth': ({ month }) => progress.printMonth(month),
    'export.run': ({ jobId, format, includeTrash }) => {
      vaults.requireSession();
      return exporter.run(jobId, format, includeTrash);
    },
    'import.run': ({ jobId, source }) => {
      vaults.requireSession();
      return importer.run(jobId, source);
    },
    'job.cancel': async ({ jobId }) => {
      jobs.cancel(jobId);
      return null;
    },
    'backup.list': async ({ vaultId }) => {
      // While locked, backup dates are shown only for a journal that cannot be opened (to restore it):
      // a locked Mend otherwise reveals nothing about a vault beyond its label.
      const status = vaults.status();
      const own = status.state === 'unlocked' && status.vaultId === vaultId;
      if (!own && vaults.list().find((v) => v.id === vaultId)?.problem !== 'unreadable') {
        throw new MendError('locked', 'Unlock this journal to see its backups.');
      }
      return { items: backups.list(vaultId) };
    },
    'backup.create': () => backups.create('manual'),
    'backup.restore': ({ vaultId, fileName, passphrase, recoveryKey }) =>
      backups.restore(vaultId, fileName, passphrase !== undefined ? { passphrase } : { recoveryKey: recoveryKey! }),
    'system.openExternal': async ({ url }) => {
      if (!o.ports.external) throw new MendError('internal', 'Opening links is not available here.');
      await o.ports.external.open(url);
      return null;
    },
    'system.saveTextFile': async ({ suggestedName, text }) => {
      const path = await o.ports.dialogs.saveFile({
        suggestedName,
        data: new TextEncoder().encode(text),
        filters: [{ name: 'Text', extensions: ['txt'] }],
      });
      return { saved: path !== null };
    },
  };

  const dispatch = createDispatch(handlers, {
    translate: (e) =>
      e instanceof DamagedRecordError
        ? new MendError('damaged', 'This part of your journal is damaged and cannot be read. Everything else is still readable; a backup may hold an intact copy.')
        : storageError(e),
    onUnexpected: o.onUnexpected,
  });

  return {
    handlers,
    dispatch,
    subscribe: (l) => events.subscribe(l),
    requestLock: (reason) => vaults.requestLock(reason),
    vaults,
    journal,
    partner,
    conversations,
    backups,
    async close() {
      unsubscribePower();
      conversations.reminders.stop();
      await vaults.close();
      await kdf.close();
    },
  };
}

