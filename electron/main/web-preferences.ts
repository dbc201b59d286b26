import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The window's session lives in memory only (a partition name without the `persist:` prefix).
 * Nothing the renderer does — localStorage, IndexedDB, HTTP cache, service workers — can leave
 * decrypted text on disk; everything that must survive a restart goes through the core, encrypted.
 */
export const SESSION_PARTITION = 'mend';

/**
 * The renderer is treated as untrusted (Electron security checklist, items 2–4, 6, 8–12): no Node,
 * isolated from the preload, OS-sandboxed, same-origin policy on, no webviews or extra windows, no
 * spellcheck (a dictionary service would see what the person writes).
 */
export const WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
  experimentalFeatures: false,
  // Dropping a file on the window must not navigate away from the app (and lose unsaved text).
  navigateOnDragDrop: false,
  // A page stuck in an alert() loop can be silenced instead of locking the person out of the app.
  safeDialogs: true,
  // WebSQL would be another on-disk store outside the vault.
  enableWebSQL: false,
  partition: SESSION_PARTITION,
} as const satisfies WebPreferences);

export interface WebPreferencesOptions {
  /** DevTools give full access to decrypted text in the renderer: development builds only. */
  devTools: boolean;
}

export function webPreferences(preloadPath: string, { devTools }: WebPreferencesOptions): WebPreferences {
  return { ...WEB_PREFERENCES, preload: preloadPath, devTools };
}

/** Painted before the first frame, so opening Mend never flashes a white window at someone in a dark room. */
export const WINDOW_BACKGROUND = Object.freeze({ light: '#f6f3ee', dark: '#1c1b1a' });

export const MIN_WINDOW_SIZE = Object.freeze({ width: 720, height: 540 });

export interface WindowOptions extends WebPreferencesOptions {
  preloadPath: string;
  darkMode: boolean;
}

export function windowOptions({ preloadPath, darkMode, devTools }: WindowOptions): BrowserWindowConstructorOptions {
  return {
    title: 'Mend',
    width: 1120,
    height: 780,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', once the first paint is done.
    show: false,
    backgroundColor: darkMode ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: webPreferences(preloadPath, { devTools }),
  };
}
