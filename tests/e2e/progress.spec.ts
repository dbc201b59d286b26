import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportItem } from '../../electron/core/journal/service';
import type { EntryKind } from '../../shared/domain/entry';
import { addDays } from '../../shared/domain/zoned-time';
import { test, expect } from './fixtures';
import type { Host } from './host/server';
import { LockScreen } from './pages/LockScreen';
import { CHART_TITLES, ProgressPage } from './pages/ProgressPage';
import { lexical } from '../support/lexical';

const SHOTS = 'test-results/screenshots';
const LABEL = 'Sam';
const PASSPHRASE = 'willow lanterns by the slow canal';

const pad = (n: number) => String(n).padStart(2, '0');
const localToday = () => {
  const d = new Date();
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};
function shiftMonth(month: string, delta: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const d = new Date(Date.UTC(y, m - 1 + delta, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
}
const monthName = (month: string) =>
  new Date(`${month}-01T00:00:00Z`).toLocaleDateString('en-US', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A small, repeatable random source, so the seeded year is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RECOVERY_TITLES = [
  'We laughed at dinner',
  'A walk without phones',
  'Said sorry first',
  'Held hands on the bus',
  'Talked it through calmly',
  'Cooked together',
];
const TITLES: Partial<Record<EntryKind, string[]>> = {
  setback: ['The old argument came back', 'Felt shut out again', 'A hard evening'],
  gratitude: ['Coffee in bed', 'A kind message'],
  reflection: ['What I am learning', 'Looking back at the spring'],
};
const EARLY = ['hurt', 'anxious', 'lonely', 'afraid', 'resentful'];
const LATE = ['hopeful', 'calm', 'grateful', 'connected', 'tender'];

/** About half the days of a year written about, mood slowly lifting, recoveries growing. */
function aYearOfEntries(today: string): ImportItem[] {
  const rnd = random(7);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const items: ImportItem[] = [];
  for (let d = 364; d >= 0; d--) {
    if (rnd() > 0.5) continue;
    const t = 1 - d / 364;
    const roll = rnd();
    const kind: EntryKind =
      roll < 0.3 - 0.15 * t
        ? 'setback'
        : roll < 0.52
          ? 'small-recovery'
          : roll < 0.72
            ? 'feeling'
            : roll < 0.86
              ? 'gratitude'
              : 'reflection';
    const mood = Math.min(5, Math.max(1, Math.round(1.8 + 2.2 * t + (rnd() - 0.5) * 1.6)));
    const pool = rnd() < t ? LATE : EARLY;
    const emotions = [...new Set([pick(pool), pick(pool)])];
    const title = kind === 'small-recovery' ? pick(RECOVERY_TITLES) : kind === 'feeling' ? '' : pick(TITLES[kind]!);
    items.push({
      draft: {
        kind,
        title,
        body: lexical(`${title || 'A few words'} — written on day ${365 - d}.`),
        mood,
        intensity: null,
        emotions,
        tags: [],
        happenedOn: addDays(today, -d),
      },
    });
  }
  return items;
}

async function call(host: Host, channel: string, input: unknown): Promise<{ id: string }> {
  const r = await host.core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as { id: string };
}

/** Weekly check-ins for twelve weeks (two set aside), a repair talk last month, and five agreements. */
async function seedConversations(host: Host, today: string): Promise<void> {
  const start = addDays(today, -84);
  const series = await call(host, 'conversations.schedule', {
    kind: 'weekly-check-in',
    purpose: 'Check in',
    startDate: start,
    startTime: '19:00',
    timeZone: 'UTC',
    durationMinutes: 30,
    everyWeeks: 1,
    reminderMinutesBefore: null,
  });
  for (let k = 0; k < 12; k++) {
    if (k === 4 || k === 8) continue;
    const conv = await call(host, 'conversations.open', {
      seriesId: series.id,
      startsAt: Date.parse(`${addDays(start, 7 * k)}T19:00:00Z`),
    });
    await call(host, 'conversations.start', { id: conv.id });
    await call(host, 'conversations.end', { id: conv.id, notes: '', wentWell: '' });
  }
  const repairDay = `${shiftMonth(today.slice(0, 7), -1)}-14`;
  const repair = await call(host, 'conversations.schedule', {
    kind: 'repair',
    purpose: 'The phone call',
    startDate: repairDay,
    startTime: '18:00',
    timeZone: 'UTC',
    durationMinutes: 45,
    everyWeeks: null,
    reminderMinutesBefore: null,
  });
  const talk = await call(host, 'conversations.open', { seriesId: repair.id, startsAt: Date.parse(`${repairDay}T18:00:00Z`) });
  await call(host, 'conversations.start', { id: talk.id });
  await call(host, 'conversations.end', { id: talk.id, notes: '', wentWell: '' });

  const statuses = ['kept', 'kept', 'missed', 'renegotiated', null] as const;
  for (const [i, status] of statuses.entries()) {
    const a = await call(host, 'agreements.create', {
      conversationId: null,
      text: `Agreement ${i + 1}`,
      owner: 'both',
      dueOn: null,
      followUpOn: null,
      today,
    });
    if (status) await call(host, 'agreements.setStatus', { id: a.id, status });
  }
}

/** Light and dark pictures of the whole page: the window is made tall enough to hold it. */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.querySelector('.shell__main')?.scrollHeight ?? 1000);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, height + 120) });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/progress-${name}-${colorScheme}.png`, animations: 'disabled' });
  }
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize(size);
}

test.describe('progress: insights and the month in review', () => {
  test.use({ viewport: { width: 1180, height: 900 } });

  test('a seeded year shows every chart with its table, and a month in review saves as a PDF', async ({ mend }) => {
    test.skip(mend.host === null, 'Seeds through the test host’s core');
    test.setTimeout(120_000);
    const host = mend.host!;
    const { page } = mend;
    const today = localToday();
    const lastMonth = shiftMonth(today.slice(0, 7), -1);

    await new LockScreen(page).createVault(LABEL, PASSPHRASE);
    await host.core.journal.importMany(aYearOfEntries(today), async () => {});
    // Three named recoveries last month, to find on its page.
    await host.core.journal.importMany(
      ['Pancakes on Sunday', 'We listened without fixing', 'A note on the fridge'].map((title, i) => ({
        draft: {
          kind: 'small-recovery',
          title,
          body: lexical(`${title}. It felt like us again.`),
          mood: 4,
          intensity: null,
          emotions: ['hopeful'],
          tags: [],
          happenedOn: `${lastMonth}-${pad(5 + 9 * i)}`,
        },
      })),
      async () => {},
    );
    await seedConversations(host, today);

    // Less motion, as someone can ask their computer for: charts draw at once (and pictures are steady).
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.main.getByRole('radio', { name: '3 months' })).toHaveAttribute('aria-checked', 'true');

    // Every chart is there, headed by the core's sentence.
    for (const title of CHART_TITLES) {
      await expect(progress.chart(title)).toBeVisible();
      await expect(progress.caption(title)).not.toBeEmpty();
    }
    await expect(progress.caption('Mood, week by week')).toContainText('lifting');
    await expect(progress.caption('Conversations')).toHaveText(/You held \d+ of \d+ planned conversations\. Every one you held counts\./);
    await expect(progress.caption('Agreements')).toHaveText(
      '2 agreements kept, 2 still in progress. Renegotiating 1 is part of the work, too.',
    );
    await expect(progress.caption('Weekly check-ins')).toContainText('weeks in a row');
    // No alarms and no scores anywhere on the page.
    await expect(progress.main).not.toContainText(/you missed|score|streak lost/i);
    await expect(progress.chart('Mood, week by week').locator('.recharts-line-curve')).toBeVisible();
    await expect(progress.chart('Setbacks and small recoveries').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(progress.chart('A year of moods').getByRole('img').first()).toHaveAttribute(
      'aria-label',
      /^\w+day\b.*\d{4}: (Very low|Low|Okay|Good|Very good)/,
    );

    await shoot(page, 'insights');
    await progress.chooseRange('12 months');

    // Each chart as a table, with rows that say the same thing.
    const mood = await progress.showTable('Mood, week by week');
    await expect(mood.locator('caption')).toHaveText('Average mood each week');
    await expect(mood.getByRole('columnheader')).toHaveText(['Week of', 'Average mood', 'Entries']);
    expect(await progress.rows(mood).count()).toBeGreaterThanOrEqual(52);
    await expect(progress.rows(mood).last().getByRole('rowheader')).toHaveText(/\b\d{1,2}\b.*\d{4}$/);

    const balance = await progress.showTable('Setbacks and small recoveries');
    await expect(balance.getByRole('columnheader')).toHaveText(['Week of', 'Setbacks', 'Small recoveries']);
    expect(await progress.rows(balance).count()).toBeGreaterThanOrEqual(52);

    const feelings = await progress.showTable('Feelings you named most');
    await expect(feelings.getByRole('columnheader')).toHaveText(['Feeling', 'Earlier', 'Later', 'In all']);
    await expect(feelings.getByRole('rowheader').first()).toHaveText(
      /Hopeful|Calm|Grateful|Connected|Tender|Hurt|Anxious|Lonely|Afraid|Resentful/,
    );

    const talks = await progress.showTable('Conversations');
    expect(await progress.rows(talks).count()).toBe(13);
    await expect(talks.getByRole('row', { name: new RegExp(monthName(lastMonth)) })).toBeVisible();

    const agreements = await progress.showTable('Agreements');
    await expect(agreements.getByRole('row', { name: 'Kept 2' })).toBeVisible();
    await expect(agreements.getByRole('row', { name: 'Missed 1' })).toBeVisible();

    const days = await progress.showTable('A year of moods');
    expect(await progress.rows(days).count()).toBeGreaterThan(120);

    const checkIns = await progress.showTable('Weekly check-ins');
    expect(await progress.rows(checkIns).count()).toBe(8);
    await expect(checkIns.getByRole('cell', { name: 'Met for a check-in' }).first()).toBeVisible();

    await progress.showChart('Mood, week by week');
    // Back to the picture: the table leaves the screen but stays for screen readers.
    await expect(progress.chart('Mood, week by week').getByRole('region', { name: 'Mood, week by week, as a table' })).toHaveCount(0);
    await expect(progress.chart('Mood, week by week').getByRole('table', { name: 'Average mood each week' })).toHaveCount(1);

    // The month in review: last month by default.
    await progress.openMonthReview();
    const sheet = progress.monthSheet;
    await expect(sheet.getByRole('heading', { level: 2, name: monthName(lastMonth) })).toBeVisible();
    await expect(sheet.locator('.month-sheet__summary')).toHaveText(/^\d+ entries, \d+ small recoveries, \d+ conversations held\./);
    for (const title of ['Pancakes on Sunday', 'We listened without fixing', 'A note on the fridge']) {
      await expect(sheet.getByRole('listitem').filter({ hasText: title }).getByText(title, { exact: true })).toBeVisible();
    }
    await expect(sheet.getByRole('heading', { name: 'Feelings that came back' })).toBeVisible();
    await expect(sheet.getByText('Repair after a conflict')).toBeVisible();
    await shoot(page, 'month');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: `${SHOTS}/progress-month-print.png`, fullPage: true });
    await page.emulateMedia({ media: 'screen' });

    await progress.savePdf();
    const pdfs = readdirSync(host.dialogs.savedDir).filter((f) => f.endsWith('.pdf'));
    expect(pdfs).toEqual([
      `Mend - ${new Date(`${lastMonth}-01T00:00:00Z`).toLocaleDateString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })}.pdf`,
    ]);
    const pdf = readFileSync(join(host.dialogs.savedDir, pdfs[0]!));
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(5_000);

    // Another month can be chosen; an empty one says so kindly.
    await progress.chooseMonth(monthName(shiftMonth(today.slice(0, 7), -13)));
    await expect(sheet).toContainText('Quiet months are part of it too.');

    // Back to the charts: the range chosen earlier is kept.
    await progress.overTimeTab.click();
    await expect(progress.main.getByRole('radio', { name: '12 months' })).toHaveAttribute('aria-checked', 'true');
  });

  test('the charts are calm when there is nothing yet', async ({ mend }) => {
    const { page } = mend;
    await new LockScreen(page).createVault(LABEL, PASSPHRASE);
    const progress = new ProgressPage(page);
    await progress.open();
    await expect(progress.caption('Mood, week by week')).toHaveText('As you note your mood, a gentle trend will appear here.');
    await expect(progress.caption('Weekly check-ins')).toHaveText(
      'Weekly check-ins you hold will show up here. Any week is a good week to start.',
    );
    const table = await progress.showTable('Agreements');
    await expect(table.getByRole('row', { name: 'Kept 0' })).toBeVisible();
    await progress.openMonthReview();
    await expect(progress.monthSheet).toContainText('Quiet months are part of it too.');
  });
});
