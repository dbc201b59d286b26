import { createBridge, createClient, type MendApi, type MendBridge } from '../../../shared/client';

declare global {
  interface Window {
    /**
     * The only way out of the renderer: one function per contract channel, put here by the
     * Electron preload (contextBridge) or, in browser tests, by the test host.
     */
    mend: MendBridge;
  }
}

/**
 * The type says the bridge is always there (it is, inside Mend); at runtime we still check.
 * Without a bridge (the page opened outside Mend) every call fails with the client's ordinary,
 * human-readable transport error, so the app can show a calm message instead of a blank window.
 */
function missingBridge(): MendBridge {
  return createBridge(
    () => Promise.reject(new Error('window.mend is not available')),
    () => () => {},
  );
}

export const api: MendApi = createClient(window.mend ?? missingBridge());
