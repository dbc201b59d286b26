import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { build } from 'esbuild';
import { createCore, type Core } from '../../../electron/core/app';
import { TEST_KDF_COST, DEFAULT_KDF_COST } from '../../../electron/core/crypto/kdf';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { TestClock } from './test-clock';
import { FolderDialogs, ManualPower, PagePrinter, RecordingNotifier, RecordingOpener } from './test-ports';

/**
 * The browser test host: the real core on a throwaway data directory, the built renderer, and
 * the contract carried over HTTP instead of IPC. It enforces what main enforces: same-origin
 * callers only, input parsed by the contract (inside `dispatch`), the same CSP on every page.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
// Above the largest payload the contract allows (a base64 share packet of 8 MiB).
const MAX_BODY = 12 * 1024 * 1024;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

let bridgeBundle: Promise<string> | null = null;
function bridgeScript(): Promise<string> {
  bridgeBundle ??= build({
    entryPoints: [join(import.meta.dirname, 'browser/bridge.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    platform: 'browser',
  }).then((r) => r.outputFiles[0]!.text);
  return bridgeBundle;
}

export interface HostOptions {
  dataDir?: string;
  /** 'fast' (default) uses the smallest Argon2id cost; 'real' the app's. */
  kdf?: 'fast' | 'real';
  port?: number;
  lockGraceMs?: number;
  /** false: the contract only, without the built renderer (for HTTP-level tests in vitest). */
  serveRenderer?: boolean;
}

export interface Host {
  url: string;
  dataDir: string;
  clock: TestClock;
  power: ManualPower;
  notifier: RecordingNotifier;
  dialogs: FolderDialogs;
  opener: RecordingOpener;
  printer: PagePrinter;
  core: Core;
  close(): Promise<void>;
}

export async function startHost(opts: HostOptions = {}): Promise<Host> {
  if (opts.serveRenderer !== false && !existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error('The renderer is not built. Run `npx electron-vite build` (npm run test:e2e does this).');
  }
  const scratch = mkdtempSync(join(tmpdir(), 'mend-host-'));
  const dataDir = opts.dataDir ?? join(scratch, 'data');
  const clock = new TestClock();
  const power = new ManualPower();
  const notifier = new RecordingNotifier();
  const dialogs = new FolderDialogs(join(scratch, 'dialogs'));
  const opener = new RecordingOpener();
  const printer = new PagePrinter();
  const core = await createCore({
    dataDir,
    ports: { clock, power, notifier, dialogs, external: opener, printer },
    version: JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version,
    platform: process.platform,
    kdfCost: opts.kdf === 'real' ? DEFAULT_KDF_COST : TEST_KDF_COST,
    lockGraceMs: opts.lockGraceMs ?? 2000,
  });
  const script = opts.serveRenderer === false ? '' : await bridgeScript();
  const sseClients = new Set<ServerResponse>();
  const unsubscribe = core.subscribe((event) => {
    for (const res of sseClients) res.write(`data: ${JSON.stringify(event)}\n\n`);
  });

  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Cache-Control', 'no-store');

    if (url.pathname.startsWith('/__mend/')) {
      // The IPC sender check, HTTP edition: only our own page may call the core.
      if (!isSameOrigin(req)) return json(res, 403, { ok: false, error: { code: 'internal', message: 'Request refused.' } });
      if (url.pathname === '/__mend/events' && req.method === 'GET') {
        res.writeHead(200, { 'Content-Type': 'text/event-stream', Connection: 'keep-alive' });
        res.write(': connected\n\n');
        sseClients.add(res);
        req.on('close', () => sseClients.delete(res));
        return;
      }
      const m = /^\/__mend\/invoke\/([^/]+)$/.exec(url.pathname);
      if (m && req.method === 'POST') {
        const body = await readBody(req);
        if (body === null) return json(res, 413, { ok: false, error: { code: 'invalid_input', message: 'That request is too large.' } });
        let input: unknown;
        try {
          input = JSON.parse(body || '{}');
        } catch {
          return json(res, 400, { ok: false, error: { code: 'invalid_input', message: 'That request was not valid JSON.' } });
        }
        return json(res, 200, await core.dispatch(decodeURIComponent(m[1]!), input));
      }
      return json(res, 404, { ok: false, error: { code: 'unknown_channel', message: 'Not found.' } });
    }

    if (url.pathname === '/__host/bridge.js') {
      res.writeHead(200, { 'Content-Type': MIME['.js']! });
      return void res.end(script);
    }

    const rel = url.pathname === '/' ? 'index.html' : decodeURIComponent(url.pathname.slice(1));
    const file = resolve(RENDERER_DIR, rel);
    if (!file.startsWith(RENDERER_DIR + '/') || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404);
      return void res.end('Not found');
    }
    let data: Buffer | string = readFileSync(file);
    if (rel === 'index.html') {
      // The Electron preload's job, done by a same-origin script so the CSP stays 'self'-only.
      data = data.toString('utf8').replace('<head>', '<head>\n    <script src="/__host/bridge.js"></script>');
    }
    res.writeHead(200, { 'Content-Type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(data);
  }

  await new Promise<void>((ok) => server.listen(opts.port ?? 0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;

  function isSameOrigin(req: IncomingMessage): boolean {
    if (req.headers.host !== `127.0.0.1:${port}`) return false;
    const o = req.headers.origin;
    // fetch() from our page sends Origin on POST; EventSource GETs are same-origin and may omit it.
    return o === undefined ? req.method === 'GET' : o === origin;
  }

  return {
    url: origin + '/',
    dataDir,
    clock,
    power,
    notifier,
    dialogs,
    opener,
    printer,
    core,
    async close() {
      unsubscribe();
      for (const res of sseClients) res.end();
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
      await core.close();
      clock.stop();
      // The scratch folder holds the dialogs' files and, when the caller gave none, the data dir.
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooBig = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) tooBig = true;
      else chunks.push(c);
    });
    req.on('end', () => ok(tooBig ? null : Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}
