import type { Page } from '@playwright/test';
import type { Result } from '../../../shared/errors';

type InvokeRaw = (channel: string, input: unknown) => Promise<Result<unknown>>;
export type Call = <T>(channel: string, input: unknown) => Promise<T>;

/** Wraps the fixture's invokeRaw (either runtime) into a call that returns the value or fails the test. */
export function caller(invokeRaw: InvokeRaw): Call {
  return async <T>(channel: string, input: unknown): Promise<T> => {
    const r = await invokeRaw(channel, input);
    if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
    return r.value as T;
  };
}

/**
 * Calls a contract channel from inside a page served by the browser test host, as the renderer
 * would; fails the test on an error. For a page outside the `mend` fixture.
 */
export function call<T>(page: Page, channel: string, input: unknown): Promise<T> {
  return caller(
    (c, i) =>
      page.evaluate(
        async ([ch, inp]) => {
          const res = await fetch(`/__mend/invoke/${encodeURIComponent(ch)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(inp),
          });
          return res.json();
        },
        [c, i] as const,
      ) as Promise<Result<unknown>>,
  )<T>(channel, input);
}

/** A local calendar day ("YYYY-MM-DD") `offsetDays` from today, in this process's time zone. */
export function localDay(offsetDays: number): string {
  const d = new Date();
  d.setDate(d.getDate() + offsetDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Form fields whose value the browser would keep with the page's history (Chromium writes that
 * state to its profile's Sessions files, and holds it in the browser process): text-like inputs,
 * textareas and selects without autocomplete="off" on themselves or their form. Password fields
 * are never kept, checkboxes and radios carry no words. Returns a short description of each.
 */
export function fieldsTheBrowserKeeps(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const TEXT_LIKE = new Set(['text', 'search', 'email', 'url', 'tel', 'number', 'date', 'time', 'datetime-local', 'month', 'week']);
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')) {
      if (el instanceof HTMLInputElement && !TEXT_LIKE.has(el.type)) continue;
      const own = el.getAttribute('autocomplete');
      const off = own !== null ? own.trim().toLowerCase() === 'off' : el.form?.getAttribute('autocomplete')?.trim().toLowerCase() === 'off';
      if (off) continue;
      const label = el.labels?.[0]?.textContent?.trim() || el.getAttribute('aria-label') || el.id || el.className;
      out.push(`<${el.tagName.toLowerCase()}${el instanceof HTMLInputElement ? ` type=${el.type}` : ''}> “${label}”`);
    }
    return out;
  });
}
