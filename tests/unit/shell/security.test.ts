import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { App, Session, WebContents } from 'electron';
import {
  denyNavigation,
  guardAllWebContents,
  hardenSession,
  hardenWebContents,
  isAllowedNetworkUrl,
  isTrustedSenderUrl,
} from '../../../electron/main/security';

const DEV = 'http://localhost:5173';

describe('isTrustedSenderUrl', () => {
  it.each(['app://mend/index.html', 'app://mend/', 'app://mend/index.html#/journal', 'app://mend/index.html?x=1'])(
    'trusts our page %s',
    (url) => {
      expect(isTrustedSenderUrl(url)).toBe(true);
    },
  );

  it.each([
    'app://evil/index.html',
    'app://mend.evil/index.html',
    'app://mend@evil/index.html',
    'app://user:pw@mend/index.html',
    'app://mend:8080/index.html',
    'file:///home/someone/out/renderer/index.html',
    'https://mend/index.html',
    'http://localhost:5173/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'devtools://devtools/bundled/inspector.html',
    '',
    'not a url',
  ])('refuses %s in production', (url) => {
    expect(isTrustedSenderUrl(url)).toBe(false);
  });

  it('trusts the dev server origin only when one is given', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/index.html', DEV)).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/index.html', DEV)).toBe(false);
    expect(isTrustedSenderUrl('http://127.0.0.1:5173/index.html', DEV)).toBe(false);
    expect(isTrustedSenderUrl('https://localhost:5173/index.html', DEV)).toBe(false);
    expect(isTrustedSenderUrl('app://mend/index.html', DEV)).toBe(true);
  });

  it('never trusts a dev server URL that is not http(s)', () => {
    expect(isTrustedSenderUrl('file:///tmp/x.html', 'file:///tmp/x.html')).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isTrustedSenderUrl(undefined as unknown as string)).toBe(false);
  });
});

describe('isAllowedNetworkUrl', () => {
  it('allows nothing in production', () => {
    expect(isAllowedNetworkUrl('https://example.com/x.png')).toBe(false);
    expect(isAllowedNetworkUrl('http://localhost:5173/')).toBe(false);
  });

  it('allows only the dev server and its HMR websocket in development', () => {
    expect(isAllowedNetworkUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true);
    expect(isAllowedNetworkUrl('ws://localhost:5173/', DEV)).toBe(true);
    expect(isAllowedNetworkUrl('wss://localhost:5173/', DEV)).toBe(false);
    expect(isAllowedNetworkUrl('https://example.com/', DEV)).toBe(false);
    expect(isAllowedNetworkUrl('http://localhost:9999/', DEV)).toBe(false);
  });
});

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler;
  }
}

function preventable() {
  return { preventDefault: vi.fn() };
}

describe('hardenWebContents', () => {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);

  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])('prevents %s, even to our own origin', (name) => {
    for (const url of ['https://example.com/', 'app://mend/index.html', 'file:///etc/passwd']) {
      const event = preventable();
      contents.emit(name, event, url);
      expect(event.preventDefault).toHaveBeenCalledOnce();
    }
  });

  it('prevents attaching a <webview>', () => {
    const event = preventable();
    contents.emit('will-attach-webview', event, {}, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('denies every window.open / target=_blank', () => {
    expect(contents.windowOpenHandler).not.toBeNull();
    for (const url of ['https://example.com/', 'app://mend/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler!({ url })).toEqual({ action: 'deny' });
    }
  });

  it('denyNavigation prevents the event it is given', () => {
    const event = preventable();
    denyNavigation(event);
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });
});

describe('guardAllWebContents', () => {
  it('hardens every webContents the app creates', () => {
    const app = new EventEmitter();
    guardAllWebContents(app as unknown as App);
    const created = new FakeWebContents();
    app.emit('web-contents-created', {}, created);
    const event = preventable();
    created.emit('will-navigate', event, 'https://example.com/');
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(created.windowOpenHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

describe('hardenSession', () => {
  function fakeSession() {
    const emitter = new EventEmitter();
    const s = {
      on: emitter.on.bind(emitter),
      emit: emitter.emit.bind(emitter),
      setPermissionRequestHandler: vi.fn(),
      setPermissionCheckHandler: vi.fn(),
      setDevicePermissionHandler: vi.fn(),
      setSpellCheckerEnabled: vi.fn(),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    return s;
  }

  it('denies every permission request and check except write-only clipboard', () => {
    const s = fakeSession();
    hardenSession(s as unknown as Session);
    const request = s.setPermissionRequestHandler.mock.calls[0]![0] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      request({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = s.setPermissionCheckHandler.mock.calls[0]![0] as (wc: unknown, p: string) => boolean;
    expect(check({}, 'media')).toBe(false);
    expect(check({}, 'clipboard-read')).toBe(false);
    // Copy buttons write text; nothing can read the clipboard back.
    expect(check({}, 'clipboard-sanitized-write')).toBe(true);
    const allowed = vi.fn();
    request({}, 'clipboard-sanitized-write', allowed);
    expect(allowed).toHaveBeenCalledWith(true);
    const device = s.setDevicePermissionHandler.mock.calls[0]![0] as (d: unknown) => boolean;
    expect(device({ deviceType: 'usb' })).toBe(false);
  });

  it('cancels downloads and turns the spellchecker off', () => {
    const s = fakeSession();
    hardenSession(s as unknown as Session);
    const event = preventable();
    s.emit('will-download', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(s.setSpellCheckerEnabled).toHaveBeenCalledWith(false);
  });

  it('cancels network requests except to the dev server', () => {
    const s = fakeSession();
    hardenSession(s as unknown as Session, DEV);
    const [filter, listener] = s.webRequest.onBeforeRequest.mock.calls[0]! as [
      { urls: string[] },
      (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const decide = (url: string) => {
      const cb = vi.fn();
      listener({ url }, cb);
      return cb.mock.calls[0]![0];
    };
    expect(decide('https://example.com/tracker.gif')).toEqual({ cancel: true });
    expect(decide('http://localhost:5173/src/main.tsx')).toEqual({ cancel: false });
  });
});
