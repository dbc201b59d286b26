import { chromium, type Page } from '@playwright/test';
import { generateEntries } from './generate';
import { summarize, type Figure } from './stats';
import { startHost } from '../e2e/host/server';
import { CHROMIUM_ARGS, resolveChromium } from '../e2e/support/browsers';
import { LockScreen } from '../e2e/pages/LockScreen';

export interface BrowserResults {
  n: number;
  firstPaint: Figure;
  keystrokeToPaint: Figure;
  /** Main-thread time per keystroke (input handling, style, layout, paint, everything). */
  keystrokeWorkMs: number;
  /** The same two measures for a bare <textarea> in the same browser: what no page can beat. */
  floorKeystrokeToPaint: Figure;
  floorKeystrokeWorkMs: number;
}

const PASS = 'bench lantern harbour quiet 42';

declare global {
  interface Window {
    __mendBench?: { clickAt: number; latencies: number[] };
  }
}

/**
 * Types into the focused field of `page` at a steady 30 ms per key and returns, per keystroke, the
 * time from keydown to the end of the next painted frame, and the main-thread time it cost
 * (Chromium's own TaskDuration metric, over the whole run).
 */
async function measureTyping(page: Page): Promise<{ latencies: number[]; workMsPerKey: number }> {
  await page.evaluate(() => {
    window.__mendBench = { clickAt: 0, latencies: [] };
    document.addEventListener(
      'keydown',
      () => {
        const t = performance.now();
        // rAF runs before the frame is painted; the task after it runs once it has been.
        requestAnimationFrame(() => setTimeout(() => window.__mendBench!.latencies.push(performance.now() - t), 0));
      },
      { capture: true },
    );
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const taskSeconds = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
  const before = await taskSeconds();
  const text = ' and I want us to keep going gently';
  for (let r = 0; r < 5; r++) await page.keyboard.type(text, { delay: 30 });
  await page.waitForTimeout(300);
  const after = await taskSeconds();
  const latencies = await page.evaluate(() => window.__mendBench!.latencies);
  await cdp.detach();
  return { latencies, workMsPerKey: Math.round(((after - before) * 1000 * 100) / (5 * text.length)) / 100 };
}

/**
 * B6 in real Chromium through the test host: unlock → first painted timeline row, and
 * keystroke → next painted frame while typing in a 5,000-word entry.
 */
export async function runBrowserBench(o: { n: number; runs: number; log?: (s: string) => void }): Promise<BrowserResults> {
  const host = await startHost({ lockGraceMs: 500 });
  const browser = await chromium.launch({ executablePath: resolveChromium(), args: CHROMIUM_ARGS });
  try {
    const created = await host.core.dispatch('vault.create', { label: 'Bench', passphrase: PASS });
    if (!created.ok) throw new Error(created.error.message);
    await host.core.dispatch('vault.updateSettings', { idleLockMinutes: 240 });
    const items = generateEntries(o.n);
    // One long entry, newest of all, to type into.
    const long = generateEntries(20, 7, '2026-11-30').map((i) => i.draft.body);
    const paragraphs = long.flatMap((b) => (JSON.parse(b) as { root: { children: unknown[] } }).root.children);
    items.push({
      draft: {
        ...items[0]!.draft,
        title: 'A long letter',
        happenedOn: '2026-11-30',
        body: JSON.stringify({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children: paragraphs } }),
      },
    });
    await host.core.journal.importMany(items, async () => {});
    await host.core.dispatch('vault.lock', {});
    o.log?.(`browser: seeded ${items.length} entries`);

    const page = await browser.newPage();
    await page.goto(host.url);
    const lock = new LockScreen(page);
    const paints: number[] = [];
    for (let i = 0; i < o.runs; i++) {
      await lock.chooseVault('Bench');
      await lock.passphrase.fill(PASS);
      // Start the clock in the page at the click, stop it one frame after the first row exists.
      await page.evaluate(() => {
        window.__mendBench = { clickAt: 0, latencies: [] };
        document.addEventListener('click', () => (window.__mendBench!.clickAt = performance.now()), { capture: true, once: true });
      });
      await lock.unlockButton.click();
      await page.getByRole('article').first().waitFor();
      paints.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) =>
              requestAnimationFrame(() => {
                const start = window.__mendBench!.clickAt;
                // The row became visible in the frame that just painted; measure up to it.
                resolve(performance.now() - start);
              }),
            ),
        ),
      );
      if (i < o.runs - 1) {
        await page.keyboard.press('Control+l');
        await lock.passphrase.waitFor();
      }
    }
    o.log?.('browser: first paint done');

    // Typing in the 5,000-word entry.
    await page
      .getByRole('article', { name: /A long letter/ })
      .getByRole('button')
      .first()
      .click();
    const editor = page.getByRole('textbox', { name: 'Entry text' });
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press('Control+End');
    const mend = await measureTyping(page);
    o.log?.(`browser: ${mend.latencies.length} keystrokes measured`);

    // The floor: the same typing into a bare textarea. Keystroke → paint includes waiting for the
    // display's next frame (up to 16.7 ms at 60 Hz), which no page can avoid.
    const bare = await browser.newPage();
    await bare.setContent('<textarea aria-label="bare" style="width:40em;height:20em"></textarea>');
    await bare.click('textarea');
    const floor = await measureTyping(bare);
    return {
      n: items.length,
      firstPaint: summarize(paints),
      keystrokeToPaint: summarize(mend.latencies),
      keystrokeWorkMs: mend.workMsPerKey,
      floorKeystrokeToPaint: summarize(floor.latencies),
      floorKeystrokeWorkMs: floor.workMsPerKey,
    };
  } finally {
    await browser.close();
    await host.close();
  }
}
