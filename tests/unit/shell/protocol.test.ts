import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import {
  APP_ENTRY_URL,
  createAppProtocolHandler,
  mimeTypeFor,
  registerAppScheme,
  resolveAppPath,
  serveAppProtocol,
} from '../../../electron/main/protocol';

const ROOT = join(tmpdir(), 'mend-renderer-root');

describe('resolveAppPath', () => {
  it.each([
    ['app://mend/index.html', 'index.html'],
    ['app://mend/', 'index.html'],
    ['app://mend/assets/index-B8DtM5VK.js', 'assets/index-B8DtM5VK.js'],
    ['app://mend/assets/index.css?v=1#x', 'assets/index.css'],
    ['app://mend/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
  ])('maps %s inside the root', (url, rel) => {
    expect(resolveAppPath(ROOT, url)).toBe(join(ROOT, rel));
  });

  it.each([
    ['parent segments', 'app://mend/../secret.txt'],
    ['nested parent segments', 'app://mend/assets/../../etc/passwd'],
    ['encoded dots', 'app://mend/%2e%2e/%2e%2e/etc/passwd'],
    ['upper-case encoded dots', 'app://mend/%2E%2E/etc/passwd'],
    ['half-encoded dots', 'app://mend/.%2e/etc/passwd'],
    ['double-encoded dots', 'app://mend/%252e%252e/etc/passwd'],
    ['a single dot', 'app://mend/./index.html'],
    ['dotfiles', 'app://mend/.env'],
    ['backslashes', 'app://mend/..\\..\\windows\\win.ini'],
    ['encoded backslashes', 'app://mend/..%5c..%5cwin.ini'],
    ['encoded slashes', 'app://mend/assets%2f..%2f..%2fetc%2fpasswd'],
    ['an absolute path', 'app://mend//etc/passwd'],
    ['a drive letter', 'app://mend/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://mend/C%3A/Windows/win.ini'],
    ['null bytes', 'app://mend/index.html%00.png'],
    ['raw null bytes', 'app://mend/index.html\0.png'],
    ['control characters', 'app://mend/index%0a.html'],
    ['malformed escapes', 'app://mend/%E0%A4%A'],
    ['a trailing slash (a directory)', 'app://mend/assets/'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://mend.evil/index.html'],
    ['credentials', 'app://mend@evil/index.html'],
    ['a port', 'app://mend:80/index.html'],
    ['upper case (never sent by Chromium)', 'APP://MEND/index.html'],
    ['another scheme', 'file:///etc/passwd'],
    ['an http URL', 'http://mend/index.html'],
    ['a bare path', '/etc/passwd'],
    ['an overlong URL', `app://mend/${'a'.repeat(5000)}.js`],
  ])('rejects %s', (_label, url) => {
    expect(resolveAppPath(ROOT, url)).toBeNull();
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['noext', 'application/octet-stream'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('createAppProtocolHandler', () => {
  const root = mkdtempSync(join(tmpdir(), 'mend-protocol-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>Mend</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'mend-protocol-outside.txt'), 'outside');
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const handle = createAppProtocolHandler(root);

  it('serves the entry page with the CSP and hardening headers', async () => {
    const res = await handle(new Request(APP_ENTRY_URL));
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<title>Mend</title>');
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('serves scripts as JavaScript', async () => {
    const res = await handle(new Request('app://mend/assets/app.js'));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await res.text()).toBe('console.log(1)');
  });

  it('answers HEAD without a body', async () => {
    const res = await handle(new Request(APP_ENTRY_URL, { method: 'HEAD' }));
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('');
  });

  it('404s missing files, directories and traversal, with the CSP still attached', async () => {
    for (const url of ['app://mend/missing.js', 'app://mend/assets', 'app://mend/%2e%2e/mend-protocol-outside.txt']) {
      const res = await handle(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).toBe('Not found');
      expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('refuses methods other than GET and HEAD', async () => {
    const res = await handle(new Request(APP_ENTRY_URL, { method: 'POST', body: 'x' }));
    expect(res.status).toBe(405);
  });
});

describe('scheme registration', () => {
  it('registers app:// as standard, secure and fetchable, and nothing more', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn() };
    registerAppScheme(protocol as unknown as Protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('serves the scheme with the file handler', async () => {
    const protocol = { handle: vi.fn() };
    serveAppProtocol(protocol as unknown as Protocol, ROOT);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
});
