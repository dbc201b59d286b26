import type { App, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/**
 * Guards from the Electron security checklist, as small functions over the objects Electron hands
 * us, so each can be unit-tested against a fake. index.ts applies them; nothing here decides
 * anything about the journal itself.
 */

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function isAppUrl(u: URL): boolean {
  return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '' && u.port === '';
}

function isDevServerUrl(u: URL, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false;
  const dev = parseUrl(devServerUrl);
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && u.origin === dev.origin;
}

/**
 * Is this our own page? Production: only app://mend/. Development: also the electron-vite dev
 * server. index.ts passes devServerUrl only when the app is not packaged, so an environment
 * variable can never widen what a shipped build trusts.
 */
export function isTrustedSenderUrl(url: string, devServerUrl?: string): boolean {
  const u = typeof url === 'string' ? parseUrl(url) : null;
  if (!u) return false;
  return isAppUrl(u) || isDevServerUrl(u, devServerUrl);
}

/**
 * Network requests the session may make at all. The app has no remote content, so in production
 * the answer is always no; in development only the dev server (including its HMR websocket).
 */
export function isAllowedNetworkUrl(url: string, devServerUrl?: string): boolean {
  const u = parseUrl(url);
  const dev = devServerUrl ? parseUrl(devServerUrl) : null;
  if (!u || !dev) return false;
  const sameScheme = { 'http:': ['http:', 'ws:'], 'https:': ['https:', 'wss:'] }[dev.protocol] ?? [];
  return sameScheme.includes(u.protocol) && u.host === dev.host;
}

type PreventableEvent = { preventDefault(): void };

/** The renderer never navigates: the whole app is one page, and links are not followed. */
export function denyNavigation(event: PreventableEvent): void {
  event.preventDefault();
}

/**
 * Hardens one webContents: no navigation or redirects of any frame, no new windows, no webviews.
 * Applied to every webContents Electron creates (see guardAllWebContents), not only our window.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', denyNavigation);
  contents.on('will-frame-navigate', denyNavigation);
  contents.on('will-redirect', denyNavigation);
  contents.on('will-attach-webview', denyNavigation);
  // Links that want a new window (target=_blank, window.open) are refused. Opening http(s) links
  // in the system browser will be added only together with an explicit request from the renderer.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function guardAllWebContents(app: Pick<App, 'on'>): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}

/**
 * Hardens a session: every permission request and check is refused (camera, microphone,
 * notifications from the page, clipboard reads, geolocation, HID/USB/serial devices…) except
 * writing plain text to the clipboard, which the Copy buttons (recovery key, partner card) need
 * and which cannot read anything back; downloads
 * are cancelled (files are saved through the core's dialogs port, never by the page), and network
 * requests are cancelled unless they go to the dev server in development.
 */
/** Write-only clipboard access (navigator.clipboard.writeText). Reads stay denied. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function hardenSession(session: Session, devServerUrl?: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(ALLOWED_PERMISSIONS.has(permission)));
  session.setPermissionCheckHandler((_contents, permission) => ALLOWED_PERMISSIONS.has(permission));
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
  session.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) =>
    callback({ cancel: !isAllowedNetworkUrl(details.url, devServerUrl) }),
  );
  // A spellchecker would send or store what the person writes.
  session.setSpellCheckerEnabled(false);
}
