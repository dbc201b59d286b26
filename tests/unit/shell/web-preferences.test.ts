import { describe, expect, it } from 'vitest';
import {
  MIN_WINDOW_SIZE,
  SESSION_PARTITION,
  WEB_PREFERENCES,
  WINDOW_BACKGROUND,
  webPreferences,
  windowOptions,
} from '../../../electron/main/web-preferences';

describe('WEB_PREFERENCES', () => {
  it('is the hardened set from the Electron security checklist', () => {
    expect(WEB_PREFERENCES).toMatchObject({
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
      navigateOnDragDrop: false,
      safeDialogs: true,
      enableWebSQL: false,
    });
  });

  it('uses an in-memory session, so web storage and caches never reach the disk', () => {
    expect(WEB_PREFERENCES.partition).toBe(SESSION_PARTITION);
    expect(SESSION_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('cannot be changed at runtime', () => {
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
  });

  it('has no preload of its own and no flag that would weaken it', () => {
    expect(WEB_PREFERENCES).not.toHaveProperty('preload');
    expect(WEB_PREFERENCES).not.toHaveProperty('enableBlinkFeatures');
    expect(WEB_PREFERENCES).not.toHaveProperty('additionalArguments');
  });
});

describe('webPreferences()', () => {
  it('adds only the preload path and the DevTools switch to the constant', () => {
    const prefs = webPreferences('/app/out/preload/index.cjs', { devTools: false });
    expect(prefs).toEqual({ ...WEB_PREFERENCES, preload: '/app/out/preload/index.cjs', devTools: false });
  });

  it('does not let a caller mutate the shared constant', () => {
    const prefs = webPreferences('/p.cjs', { devTools: true });
    prefs.sandbox = false;
    expect(WEB_PREFERENCES.sandbox).toBe(true);
  });
});

describe('windowOptions()', () => {
  it('stays hidden until ready-to-show and keeps a usable minimum size', () => {
    const opts = windowOptions({ preloadPath: '/p.cjs', darkMode: false, devTools: false });
    expect(opts.show).toBe(false);
    expect(opts.minWidth).toBe(MIN_WINDOW_SIZE.width);
    expect(opts.minHeight).toBe(MIN_WINDOW_SIZE.height);
    expect(opts.webPreferences).toEqual(webPreferences('/p.cjs', { devTools: false }));
  });

  it('paints the background of the current theme before the first frame', () => {
    expect(windowOptions({ preloadPath: '/p.cjs', darkMode: true, devTools: false }).backgroundColor).toBe(WINDOW_BACKGROUND.dark);
    expect(windowOptions({ preloadPath: '/p.cjs', darkMode: false, devTools: false }).backgroundColor).toBe(WINDOW_BACKGROUND.light);
  });
});
