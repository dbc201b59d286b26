import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * The renderer is served from app://mend/, never file:// (Electron security checklist item 18):
 * a custom standard scheme gives the page a real origin of its own, so 'self' in the CSP means
 * exactly our bundled files, and the handler below decides what can be read — only files under
 * out/renderer, never anything a crafted URL points at.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'mend';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Must run before app 'ready'. standard: URLs resolve like http (relative paths, an origin);
 * secure: a secure context; supportFetchAPI: fetch() of our own assets. Deliberately not
 * bypassCSP, corsEnabled (which would let other origins read these files) or service workers.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

const MAX_URL_LENGTH = 2048;
/** Backslashes (a path separator on Windows), NUL and encoded slashes never appear in our asset URLs. */
const FORBIDDEN_RAW = /[\\\0]|%5c|%00|%2f/i;
/** After decoding: control characters, separators, drive letters and leftover escapes (double encoding). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_SEGMENT = /[\u0000-\u001f\u007f\\:%]/;

/**
 * Maps an app:// URL to a file under rootDir, or null when the URL is not one of ours or tries to
 * leave rootDir. Rejects rather than normalises: `..`, `%2e%2e`, dotfiles, empty segments (`//`,
 * absolute paths), backslashes, NUL, drive letters, other hosts, ports and credentials. The final
 * relative() check is a second, independent guard.
 */
export function resolveAppPath(rootDir: string, requestUrl: string): string | null {
  if (typeof requestUrl !== 'string' || requestUrl.length > MAX_URL_LENGTH) return null;
  // Chromium canonicalises scheme and host to lower case, so anything else is not from our page.
  const prefix = `${APP_ORIGIN}/`;
  if (!requestUrl.startsWith(prefix)) return null;
  const rawPath = requestUrl.slice(prefix.length).split(/[?#]/, 1)[0] ?? '';
  if (FORBIDDEN_RAW.test(rawPath)) return null;

  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  const segments = (decoded === '' ? 'index.html' : decoded).split('/');
  // A leading dot covers '.', '..' (however it was encoded) and hidden files.
  if (segments.some((s) => s === '' || s.startsWith('.') || FORBIDDEN_SEGMENT.test(s))) return null;

  const fullPath = join(rootDir, ...segments);
  const rel = relative(rootDir, fullPath);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  return fullPath;
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** Unknown types are served as opaque bytes; with nosniff the renderer will not execute them. */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
  });
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

export type AppProtocolHandler = (request: Request) => Promise<Response>;

/** Serves GET/HEAD for files under rootDir (the built renderer) with the CSP and correct MIME types. */
export function createAppProtocolHandler(rootDir: string): AppProtocolHandler {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method not allowed');
    const path = resolveAppPath(rootDir, request.url);
    if (!path) return textResponse(404, 'Not found');
    let body: Uint8Array;
    try {
      body = await readFile(path);
    } catch {
      // Missing files and directories alike: no detail about the file system leaves here.
      return textResponse(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), { status: 200, headers: securityHeaders(mimeTypeFor(path)) });
  };
}

/** Serves the built renderer on a session (the window's in-memory session). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rootDir: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(rootDir));
}
