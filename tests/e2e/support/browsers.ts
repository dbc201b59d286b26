import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * Which Chromium to drive: CHROMIUM_PATH, else Debian's /usr/bin/chromium, else a browser that
 * Playwright itself installed. Never downloads one. With none found, the run fails and says how
 * to get one; E2E is never silently skipped.
 */
export function resolveChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  try {
    const require = createRequire(import.meta.url);
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // fall through to the message below
  }
  throw new Error(
    'No Chromium found for the E2E tests. Install one with `apt-get install -y chromium` (Debian/Ubuntu), ' +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary, or run `npx playwright install chromium` where downloads are allowed.',
  );
}

/** The Electron binary, when this machine has one (a contributor's computer); null otherwise. */
export function resolveElectron(root: string): string | null {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile)) return null;
  try {
    const require = createRequire(import.meta.url);
    const bin = require('electron') as unknown as string;
    return typeof bin === 'string' && existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
}

/** Flags for Chromium on a closed network, as root, headless. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter',
];
