import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect, _electron, type Page } from '@playwright/test';
import type { ChannelName } from '../../shared/contract';
import type { Result } from '../../shared/errors';
import { startHost, type Host } from './host/server';

export type Runtime = 'browser' | 'electron';

/** What a spec can do besides clicking: move time, fire OS events, look at saved files. */
export interface MendHarness {
  runtime: Runtime;
  dataDir: string;
  /** Present in the browser host only; specs that need it skip under Electron. */
  host: Host | null;
  /** Sends a raw payload through the transport, bypassing the client's types (for bad-input tests). */
  invokeRaw(channel: ChannelName | string, input: unknown): Promise<Result<unknown>>;
  /** Opens the app again on the same data directory (a restart). */
  restart(): Promise<Page>;
}

type Fixtures = { mend: MendHarness & { page: Page } };
type Options = { mendRuntime: Runtime };

export const test = base.extend<Fixtures & Options>({
  mendRuntime: ['browser', { option: true }],
  mend: async ({ mendRuntime, browser }, use) => {
    if (mendRuntime === 'electron') {
      const dataDir = mkdtempSync(join(tmpdir(), 'mend-e2e-'));
      let app = await _electron.launch({ args: ['.'], env: { ...process.env, MEND_DATA_DIR: dataDir } });
      let page = await app.firstWindow();
      const harness = {
        runtime: 'electron' as const,
        dataDir,
        host: null,
        page,
        invokeRaw: (channel: string, input: unknown) =>
          page.evaluate(([c, i]) => {
            const [ns, m] = String(c).split('.');
            const api = (window as unknown as { mend: Record<string, Record<string, ((x: unknown) => Promise<unknown>) | undefined> | undefined> }).mend;
            const fn = api[ns!]?.[m!];
            return fn ? fn(i) : Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: 'unknown' } });
          }, [channel, input] as const) as Promise<Result<unknown>>,
        async restart() {
          await app.close();
          app = await _electron.launch({ args: ['.'], env: { ...process.env, MEND_DATA_DIR: dataDir } });
          page = await app.firstWindow();
          harness.page = page;
          return page;
        },
      };
      await use(harness);
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
      return;
    }

    const dataDir = mkdtempSync(join(tmpdir(), 'mend-e2e-'));
    let host = await startHost({ dataDir });
    const context = await browser.newContext();
    let page = await context.newPage();
    // The month-in-review "print to PDF" uses Chromium's own PDF of the page, as Electron's printToPDF would.
    host.printer.print = async () => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
    await page.goto(host.url);
    const harness = {
      runtime: 'browser' as const,
      dataDir,
      host,
      page,
      invokeRaw: (channel: string, input: unknown) =>
        page.evaluate(
          async ([c, i]) => {
            const r = await fetch(`/__mend/invoke/${encodeURIComponent(String(c))}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(i) });
            return r.json();
          },
          [channel, input] as const,
        ) as Promise<Result<unknown>>,
      async restart() {
        // A restart keeps the data directory and starts a fresh core and page, like quitting Mend.
        await page.close();
        await host.close();
        host = await startHost({ dataDir });
        harness.host = host;
        page = await context.newPage();
        host.printer.print = async () => new Uint8Array(await page.pdf({ format: 'A4', printBackground: true }));
        await page.goto(host.url);
        harness.page = page;
        return page;
      },
    };
    await use(harness);
    await context.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };
