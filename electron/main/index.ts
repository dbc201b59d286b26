import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, nativeTheme, powerMonitor, protocol, session } from 'electron';
import { createCore, type Core } from '../core/app';
import { createElectronPorts } from './adapters';
import { forwardCoreEvents, registerIpc } from './ipc';
import { bringToFront, lockAndWait, type Lockable } from './lifecycle';
import { installMenu } from './menu';
import { APP_ENTRY_URL, registerAppScheme, serveAppProtocol } from './protocol';
import { guardAllWebContents, hardenSession, isTrustedSenderUrl } from './security';
import { SESSION_PARTITION, WINDOW_BACKGROUND, windowOptions } from './web-preferences';

/**
 * The Electron shell: windows, security guards, IPC registration and OS adapters around the core.
 * Everything the journal does happens in the core (createCore); this file only wires it up.
 */

const here = import.meta.dirname; // out/main once bundled
const isMac = process.platform === 'darwin';
const isDev = !app.isPackaged;
// Only an unpackaged (development) build may load from the dev server; a shipped app ignores the variable.
const devServerUrl = isDev ? process.env.ELECTRON_RENDERER_URL : undefined;
const isTrusted = (url: string) => isTrustedSenderUrl(url, devServerUrl);

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

/** Never log journal content: only where it happened and what kind of error it was. */
function logUnexpected(channel: string, e: unknown): void {
  console.error(`[mend] unexpected failure in ${channel}: ${e instanceof Error ? e.name : typeof e}`);
}

/**
 * MEND_DATA_DIR points the whole profile elsewhere (E2E tests use a throwaway folder): the vaults,
 * Chromium's own files and the single-instance lock all follow userData.
 */
function resolveDataDir(): string {
  const override = process.env.MEND_DATA_DIR;
  if (override) app.setPath('userData', resolve(override));
  return app.getPath('userData');
}

/**
 * better-sqlite3 built for Electron's ABI (scripts/electron-native.mjs). The copy in node_modules
 * stays built for Node so the test suite keeps working; packaging ships this one as a resource.
 */
function electronSqliteBinding(): string | undefined {
  // Unpackaged, resolved from this bundle (out/main), not app.getAppPath(): Playwright launches
  // out/main/index.js directly, which makes the app path out/main.
  const path = app.isPackaged
    ? join(process.resourcesPath, 'native', 'better_sqlite3.node')
    : join(here, '..', '..', '.electron-native', 'better_sqlite3.node');
  if (existsSync(path)) return path;
  if (app.isPackaged) throw new Error(`The SQLite module is missing from this installation (${path}).`);
  console.warn('[mend] .electron-native/better_sqlite3.node not found; run `node scripts/electron-native.mjs` (npm start does).');
  return undefined;
}

function lockable(c: Core): Lockable {
  return { isUnlocked: () => c.vaults.isUnlocked(), requestLock: (r) => c.requestLock(r), subscribe: (l) => c.subscribe(l) };
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow(
    windowOptions({ preloadPath: join(here, '../preload/index.cjs'), darkMode: nativeTheme.shouldUseDarkColors, devTools: isDev }),
  );
  win.once('ready-to-show', () => win.show());

  // Closing the window locks first, while the page can still save the open editor.
  let closing = false;
  let lockedForClose = false;
  win.on('close', (event) => {
    if (lockedForClose || !core?.vaults.isUnlocked()) return;
    event.preventDefault();
    if (closing) return;
    closing = true;
    void lockAndWait(lockable(core), 'quit').finally(() => {
      lockedForClose = true;
      if (!win.isDestroyed()) win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  win.loadURL(devServerUrl ?? APP_ENTRY_URL).catch((e: unknown) => logUnexpected('window.load', e));
  return win;
}

function focusWindow(): void {
  if (!mainWindow) {
    if (core) mainWindow = createWindow();
    return;
  }
  bringToFront(mainWindow);
}

async function start(dataDir: string): Promise<void> {
  const windowSession = session.fromPartition(SESSION_PARTITION);
  // The default session hosts nothing of ours; it is hardened anyway in case anything ever uses it.
  for (const s of [session.defaultSession, windowSession]) hardenSession(s, devServerUrl);
  serveAppProtocol(windowSession.protocol, join(here, '../renderer'));

  const c = await createCore({
    dataDir,
    ports: createElectronPorts({ powerMonitor, parentWindow: () => mainWindow, defaultDir: () => app.getPath('documents') }),
    version: app.getVersion(),
    platform: process.platform,
    kdfWorkerUrl: join(here, 'kdf-worker.js'),
    nativeBinding: electronSqliteBinding(),
    onUnexpected: logUnexpected,
  });
  core = c;

  registerIpc(ipcMain, c.dispatch, isTrusted);
  forwardCoreEvents(
    (l) => c.subscribe(l),
    () => mainWindow?.webContents ?? null,
    isTrusted,
  );
  installMenu({ isMac, isDev, onLock: () => c.requestLock('manual') });
  app.setAboutPanelOptions({ applicationName: 'Mend', applicationVersion: app.getVersion() });

  nativeTheme.on('updated', () =>
    mainWindow?.setBackgroundColor(nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light),
  );
  mainWindow = createWindow();
}

/** Quitting locks the vault (the renderer saves first), then closes the core, then really quits. */
function handleQuit(): void {
  let state: 'running' | 'locking' | 'done' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'done' || !core) return;
    event.preventDefault();
    if (state === 'locking') return;
    state = 'locking';
    const c = core;
    void (async () => {
      try {
        await lockAndWait(lockable(c), 'quit');
        await c.close();
      } catch (e) {
        logUnexpected('app.quit', e);
      } finally {
        state = 'done';
        app.quit();
      }
    })();
  });
}

function main(): void {
  // A packaged app must not be drivable over the DevTools protocol (it could read the open journal).
  if (app.isPackaged && (app.commandLine.hasSwitch('remote-debugging-port') || app.commandLine.hasSwitch('remote-debugging-pipe'))) {
    console.error('[mend] refusing to run with remote debugging enabled');
    app.exit(1);
    return;
  }

  // crashReporter is deliberately never started: a dump of this process could hold decrypted text.
  // These three must happen before 'ready'.
  registerAppScheme(protocol);
  app.enableSandbox();
  const dataDir = resolveDataDir();

  // One instance per data folder: two processes must never hold the same vault open.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.on('second-instance', focusWindow);

  if (process.platform === 'win32') app.setAppUserModelId('app.mend.journal');
  guardAllWebContents(app);
  handleQuit();

  app.on('window-all-closed', () => {
    if (!isMac) app.quit();
  });
  app.on('activate', () => {
    if (core && !mainWindow) mainWindow = createWindow();
  });

  app
    .whenReady()
    .then(() => start(dataDir))
    .catch((e: unknown) => {
      // Startup failures carry no journal content (nothing is unlocked yet), so the message is shown.
      const message = e instanceof Error ? e.message : String(e);
      console.error(`[mend] could not start: ${message}`);
      dialog.showErrorBox('Mend could not start', `${message}\n\nYour journal files have not been changed.`);
      app.exit(1);
    });
}

main();
