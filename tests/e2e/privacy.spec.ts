import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { DEFAULT_SHARE_FIELDS } from '../../shared/domain/share';
import { test, expect } from './fixtures';
import { startHost, type Host } from './host/server';
import { AppShell } from './pages/AppShell';
import { ConversationsPage } from './pages/ConversationsPage';
import { JournalPage } from './pages/JournalPage';
import { LockScreen } from './pages/LockScreen';
import { lexical, PartnerPage } from './pages/PartnerPage';
import { CHROMIUM_ARGS, resolveChromium } from './support/browsers';
import { findInSnapshot, nodeHeapSnapshot, rendererHeapSnapshot, summarize } from './support/heap';
import { call } from './support/invoke';
import { filesUnder, Markers, scanFiles, type ScanResult } from './support/markers';

/**
 * Security and reliability battery, items 5–6: nothing a person wrote survives locking and
 * quitting, in any file of the data folder or the browser profile, or in the page; and while
 * locked nothing of a journal shows, not even in the window title or a notification.
 */

const ALEX = { label: 'Alex', passphrase: 'alex walks the river path at dawn' };
const BLAIR = { label: 'Blair', passphrase: 'blair paints the morning light slowly' };
const MIN = 60_000;
/**
 * Retaining paths that belong to the test, not to Mend: the Playwright runner's log of steps (it
 * keeps every typed value and locator), and the test function's own locals on the stack.
 */
const HARNESS = /TestInfoImpl|WorkerMain|\(Stack roots\)/;

/** Every free-text field a person can fill, one marker each. Emotions are a fixed list, so they carry none. */
const FIELDS = [
  'entryTitle',
  'entryBody',
  'entryTag',
  'secondTitle',
  'secondBody',
  'secondTag',
  'secondEditedTitle',
  'searchQuery',
  'myName',
  'partnerName',
  'shareNote',
  'partnerReflection',
  'receivedTitle',
  'receivedBody',
  'receivedNote',
  'myReflection',
  'purpose',
  'prepPurpose',
  'iStatement',
  'appreciations',
  'needs',
  'readinessNote',
  'notes',
  'wentWell',
  'agreement',
  'agreementNote',
  'boundary',
  'crossingWhat',
  'crossingRedress',
  'crossingCommitment',
] as const;
type Field = (typeof FIELDS)[number];

/** The core straight from Node (before any page is open). */
async function dispatch<T>(host: Host, channel: string, input: unknown): Promise<T> {
  const r = await host.core.dispatch(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
  return r.value as T;
}

function localDay(offsetDays: number): string {
  const d = new Date(Date.now() + offsetDays * 24 * 60 * MIN);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every piece of text a page holds: its HTML (attributes included), visible text, form values and title. */
function everythingInThePage(page: Page): Promise<string> {
  return Promise.all([
    page.content(),
    page.evaluate(() =>
      [
        document.title,
        document.body.innerText,
        ...[...document.querySelectorAll('input, textarea, select')].map((e) => (e as HTMLInputElement).value),
        ...[...document.querySelectorAll('*')].flatMap((e) => [...e.attributes].map((a) => a.value)),
      ].join('\n'),
    ),
  ]).then((parts) => parts.join('\n'));
}

function newestPacket(host: Host, before: Set<string>): string {
  const added = readdirSync(host.dialogs.savedDir).filter((f) => !before.has(f) && f.endsWith('.mendpacket'));
  expect(added).toHaveLength(1);
  return join(host.dialogs.savedDir, added[0]!);
}

function describeFindings(where: string, scan: ScanResult): string {
  return scan.findings.map((f) => `${where}: the ${f.field} marker (${f.encoding}) is in ${f.file}`).join('\n');
}

// No trace: it would record every typed marker in this process, whose heap the first test looks at.
test.use({ trace: 'off', actionTimeout: 15_000 });

test.describe('privacy: no plaintext left behind', () => {
  test('after lock and quit, no marker is in any file, the browser profile or the page; heap snapshots are reported', async ({
    mendRuntime,
  }) => {
    test.skip(mendRuntime === 'electron', 'Drives its own Chromium profile and test host');
    test.setTimeout(120_000);
    const mk = new Markers<Field>(FIELDS);
    const dataDir = mkdtempSync(join(tmpdir(), 'mend-privacy-data-'));
    const profileDir = mkdtempSync(join(tmpdir(), 'mend-privacy-profile-'));
    let host: Host | null = await startHost({ dataDir });
    const context = await chromium.launchPersistentContext(profileDir, {
      executablePath: resolveChromium(),
      args: CHROMIUM_ARGS,
      viewport: { width: 1180, height: 860 },
      timezoneId: 'Europe/Berlin',
      locale: 'en-GB',
    });
    let contextOpen = true;
    try {
      // ---- Blair's journal, straight through the core: a name, a card, an entry to share later ----
      await dispatch(host, 'vault.create', { label: BLAIR.label, passphrase: BLAIR.passphrase });
      await dispatch(host, 'partner.setMyName', { name: mk.text('partnerName') });
      const blairCard = (await dispatch<{ code: string }>(host, 'partner.myCard', {})).code;
      const blairEntry = (
        await dispatch<{ id: string }>(host, 'entries.create', {
          kind: 'feeling',
          title: mk.text('receivedTitle'),
          body: lexical(`What I wanted to say: ${mk.text('receivedBody')}.`),
          happenedOn: localDay(-2),
        })
      ).id;
      await dispatch(host, 'vault.lock', {});

      const page = context.pages()[0] ?? (await context.newPage());
      host.printer.print = async () => new Uint8Array(await page.pdf());
      await page.goto(host.url);
      const origin = host.url;
      const lock = new LockScreen(page);
      const shell = new AppShell(page);
      const journal = new JournalPage(page);
      const partner = new PartnerPage(page);
      const conv = new ConversationsPage(page);

      // ---- Alex, through the UI: a journal, a name, pairing with Blair ----
      await lock.createVault(ALEX.label, ALEX.passphrase);
      await partner.open();
      await partner.setMyName(mk.text('myName'));
      const alexCard = await partner.myCardCode();
      await partner.addPartnerCard(blairCard);
      await partner.markVerified(mk.text('partnerName'));

      // ---- An entry written in the editor: title, text, a tag ----
      await shell.navigateTo('Journal');
      await journal.startEntry({ blank: 'Feeling' }, 'empty-state');
      await journal.title.fill(mk.text('entryTitle'));
      await journal.typeInBody(`I kept thinking about ${mk.text('entryBody')} all day.`);
      await journal.addTags(mk.text('entryTag'));
      await journal.expectSaved();
      await journal.back();
      await expect(journal.row(mk.text('entryTitle'))).toBeVisible();
      const entryId = (await call<{ items: { id: string }[] }>(page, 'entries.list', {})).items[0]!.id;

      // ---- A second entry through the contract: edited (a new revision), then trashed ----
      const second = (
        await call<{ id: string }>(page, 'entries.create', {
          kind: 'setback',
          title: mk.text('secondTitle'),
          body: lexical(mk.text('secondBody'), 'and a second paragraph'),
          mood: 2,
          intensity: 6,
          emotions: ['hurt', 'afraid'],
          tags: [mk.text('secondTag')],
          happenedOn: localDay(-1),
        })
      ).id;
      await call(page, 'entries.update', { id: second, patch: { title: mk.text('secondEditedTitle') } });
      await call(page, 'entries.trash', { id: second });

      // ---- A conversation: planned with a reminder, prepared, held, written down ----
      await call(page, 'conversations.schedule', {
        kind: 'weekly-check-in',
        purpose: mk.text('purpose'),
        startDate: localDay(1),
        startTime: '19:00',
        timeZone: 'Europe/Berlin',
        durationMinutes: 45,
        everyWeeks: 1,
        reminderMinutesBefore: 30,
      });
      const [next] = (
        await call<{ items: { seriesId: string; startsAt: number }[] }>(page, 'conversations.upcoming', { days: 14, pastDays: 0 })
      ).items;
      const conversation = (await call<{ id: string }>(page, 'conversations.open', { seriesId: next!.seriesId, startsAt: next!.startsAt }))
        .id;
      await call(page, 'conversations.savePrep', {
        id: conversation,
        prep: {
          purpose: mk.text('prepPurpose'),
          entryIds: [entryId],
          iStatements: [`I felt ${mk.text('iStatement')} when the call went unanswered.`],
          appreciations: mk.text('appreciations'),
          needs: mk.text('needs'),
          readiness: { calmEnough: true, note: mk.text('readinessNote') },
        },
      });
      await call(page, 'conversations.start', { id: conversation });
      await call(page, 'conversations.end', { id: conversation, notes: mk.text('notes'), wentWell: mk.text('wentWell') });
      const agreement = (
        await call<{ id: string }>(page, 'agreements.create', {
          conversationId: conversation,
          text: mk.text('agreement'),
          owner: 'both',
          dueOn: null,
          followUpOn: null,
          today: localDay(0),
        })
      ).id;
      await call(page, 'agreements.setStatus', { id: agreement, status: 'kept', note: mk.text('agreementNote') });
      const boundary = (
        await call<{ id: string }>(page, 'boundaries.create', {
          area: 'privacy',
          text: mk.text('boundary'),
          agreedOn: localDay(-3),
          revisitOn: null,
        })
      ).id;
      await call(page, 'boundaries.recordCrossing', {
        id: boundary,
        crossing: {
          on: localDay(-1),
          what: mk.text('crossingWhat'),
          redress: mk.text('crossingRedress'),
          renewedCommitment: mk.text('crossingCommitment'),
        },
      });
      // Shown once, so the renderer has held all of it.
      await conv.open();
      await expect(conv.main).toContainText(mk.text('purpose'));
      await conv.openTab('Agreements');
      await expect(conv.main).toContainText(mk.text('agreement'));
      await conv.openTab('Boundaries');
      await expect(conv.main).toContainText(mk.text('boundary'));

      // ---- Share the written entry with Blair, with a note ----
      await partner.open();
      await partner.startShare(mk.text('partnerName'));
      await partner.chooseEntries(mk.text('entryTitle'));
      await partner.writeNote(mk.text('entryTitle'), mk.text('shareNote'));
      const preview = await partner.preview(mk.text('partnerName'));
      await expect(preview).toContainText(mk.text('shareNote'));
      let before = new Set(readdirSync(host.dialogs.savedDir));
      await partner.main.getByRole('button', { name: 'Seal and save packet' }).click();
      await expect(partner.main.getByRole('heading', { level: 2, name: 'Sealed and saved' })).toBeVisible();
      const toBlair = newestPacket(host, before);
      await partner.main.getByRole('button', { name: 'Done' }).click();
      await lock.lock();

      // ---- Blair pairs back, imports it, reflects on it, and shares her own entry ----
      await lock.unlock(BLAIR.label, BLAIR.passphrase);
      await partner.open();
      await partner.addPartnerCard(alexCard);
      await partner.markVerified(mk.text('myName'));
      await partner.openTab(`From ${mk.text('myName')}`);
      await partner.importWithDialog(host, toBlair, mk.text('myName'));
      await expect(partner.importResult()).toContainText('Imported 1 entry');
      const got = partner.receivedEntry(mk.text('entryTitle'));
      await got.getByLabel('My reflection').fill(mk.text('partnerReflection'));
      await expect(got.getByText('Saved', { exact: true })).toBeVisible();
      before = new Set(readdirSync(host.dialogs.savedDir));
      await call(page, 'share.send', {
        conversationId: null,
        items: [{ entryId: blairEntry, note: mk.text('receivedNote') }],
        fields: DEFAULT_SHARE_FIELDS,
      });
      const toAlex = newestPacket(host, before);
      await lock.lock();

      // ---- Alex searches (so the index is built) and opens an entry; then imports Blair's and reflects ----
      await lock.unlock(ALEX.label, ALEX.passphrase);
      // The query is a marker of its own, so its trace is findable too; then the entry's words.
      await journal.searchFor(mk.lower('searchQuery'));
      await expect(page.getByText(/^No entries match “/)).toBeVisible();
      await journal.search.fill(mk.lower('entryBody'));
      await expect(journal.searchResults.getByRole('article')).toHaveCount(1);
      await journal.open(mk.text('entryTitle'));
      await expect(journal.body).toContainText(mk.text('entryBody'));
      expect(await page.title()).toBe('Mend');

      await partner.open();
      await partner.openTab(`From ${mk.text('partnerName')}`);
      await partner.importWithDialog(host, toAlex, mk.text('partnerName'));
      await expect(partner.importResult()).toContainText('Imported 1 entry');
      const received = partner.receivedEntry(mk.text('receivedTitle'));
      await expect(received).toContainText(mk.text('receivedBody'));
      // Typed last, just before locking: a field the browser kept would be in its session files.
      await received.getByLabel('My reflection').fill(mk.text('myReflection'));
      await expect(received.getByText('Saved', { exact: true })).toBeVisible();
      await lock.lock();
      expect(await page.title()).toBe('Mend');

      // ---- After lock: the page holds none of it ----
      await expect(page.getByRole('radio', { name: ALEX.label, exact: true })).toBeVisible();
      const pageText = await everythingInThePage(page);
      expect(pageText, 'the scanner sees the lock screen').toContain(ALEX.label);
      expect(mk.foundIn(pageText), 'markers in the page after lock').toEqual([]);

      // ---- Heap snapshots: taken now, searched at the end (searching makes the strings it looks for) ----
      const rendererSnap = await rendererHeapSnapshot(page);
      const coreLockedSnap = await nodeHeapSnapshot();

      // ---- Quit: close the browser (it writes its profile out) and the core ----
      await context.close();
      contextOpen = false;
      await host.close();
      host = null;
      const coreClosedSnap = await nodeHeapSnapshot();

      // ---- Every byte of every file ----
      const data = scanFiles(dataDir, mk, { label: ALEX.label });
      // The browser profile does record this page (its address), so the scan can see what Chromium keeps.
      const profile = scanFiles(profileDir, mk, { origin: new URL(origin).host });
      console.log(
        `[files] data folder: ${data.files} files, ${data.bytes} bytes scanned (${filesUnder(dataDir)
          .map((f) => relative(dataDir, f))
          .join(', ')}); ` +
          `browser profile: ${profile.files} files, ${profile.bytes} bytes scanned` +
          (profile.unreadable.length ? ` (${profile.unreadable.length} unreadable: ${profile.unreadable.join(', ')})` : '') +
          `; the page's address is in ${profile.extra.origin!.length} profile files (${profile.extra.origin!.join(', ')})`,
      );

      const needles = Object.fromEntries(mk.fields.map((f) => [f, [mk.text(f), mk.lower(f)]]));
      needles['(the label, expected)'] = [ALEX.label];
      for (const [what, snap] of [
        ['renderer after lock', rendererSnap],
        ['core process after lock', coreLockedSnap],
        ['core process after quit', coreClosedSnap],
      ] as const) {
        const started = Date.now();
        const hits = findInSnapshot(snap, needles, HARNESS);
        const summary = summarize(what, snap, hits, Date.now() - started);
        console.log(summary);
        test.info().annotations.push({ type: 'heap', description: summary.split('\n')[0]! });
      }

      const names = [...filesUnder(dataDir), ...filesUnder(profileDir)].join('\n');
      expect(mk.foundIn(names), 'markers in file names').toEqual([]);
      expect(data.extra.label!.length, 'the scanner finds the vault label, which is plaintext by design').toBeGreaterThan(0);
      expect(data.bytes).toBeGreaterThan(4096);
      expect(profile.extra.origin!.length, 'the browser profile records the page at all').toBeGreaterThan(0);
      expect(describeFindings('data folder', data)).toBe('');
      expect(describeFindings('browser profile', profile)).toBe('');
    } finally {
      if (contextOpen) await context.close().catch(() => {});
      if (host) await host.close().catch(() => {});
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});

test.describe('privacy: locked means hidden', () => {
  test.use({ viewport: { width: 1180, height: 860 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });

  test('while locked, no title, tag, date or count shows: not on the lock screen, the window title or a notification', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s clock and notifier');
    const host = mend.host!;
    const { page } = mend;
    const mk = new Markers(['title', 'tag', 'purpose', 'name'] as const);
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);

    await lock.createVault(ALEX.label, ALEX.passphrase);
    expect(await page.title()).toBe('Mend');
    await call(page, 'partner.setMyName', { name: mk.text('name') });
    await call(page, 'entries.create', {
      kind: 'feeling',
      title: mk.text('title'),
      body: lexical('A few quiet words.'),
      tags: [mk.text('tag')],
      happenedOn: '2026-03-14',
    });
    // Starts in 40 minutes; the reminder comes 30 minutes before, while the journal is locked.
    const start = new Date(host.clock.now() + 40 * MIN);
    const parts = new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(start)
      .reduce<Record<string, string>>((acc, p) => ({ ...acc, [p.type]: p.value }), {});
    await call(page, 'conversations.schedule', {
      kind: 'repair',
      purpose: mk.text('purpose'),
      startDate: `${parts.year}-${parts.month}-${parts.day}`,
      startTime: `${parts.hour}:${parts.minute}`,
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      everyWeeks: null,
      reminderMinutesBefore: 30,
    });

    // Unlocked, on the entry: the window is still just "Mend".
    await lock.lock();
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await journal.open(mk.text('title'));
    await expect(journal.title).toHaveValue(mk.text('title'));
    expect(await page.title()).toBe('Mend');

    await lock.lock();
    expect(await page.title()).toBe('Mend');
    // The lock screen: the label and nothing else of the journal. No marker, no date, no count.
    const shown = await page.locator('body').innerText();
    expect(shown).toContain(ALEX.label);
    expect(mk.foundIn(await everythingInThePage(page))).toEqual([]);
    expect(shown, 'a date or a number on the lock screen').not.toMatch(
      /\d|January|February|March|April|May|June|July|August|September|October|November|December/,
    );
    expect(shown).not.toMatch(/\bentr(y|ies)\b|conversation/i);

    // The reminder fires while locked, and says only that something is planned.
    const shownBefore = host.notifier.shown.length;
    host.clock.advance(15 * MIN);
    await expect.poll(() => host.notifier.shown.length).toBeGreaterThan(shownBefore);
    const notifications = host.notifier.shown.map((n) => `${n.title}\n${n.body}`).join('\n');
    expect(notifications).toContain('A conversation you planned');
    expect(mk.foundIn(notifications)).toEqual([]);
    expect(host.notifier.shown.every((n) => n.title === 'Mend')).toBe(true);
    expect(await page.title()).toBe('Mend');
  });
});
