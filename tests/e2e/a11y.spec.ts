import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from '@playwright/test';
import { DEFAULT_SHARE_FIELDS } from '../../shared/domain/share';
import { test, expect } from './fixtures';
import { AppShell } from './pages/AppShell';
import { ConversationsPage } from './pages/ConversationsPage';
import { DataPage } from './pages/DataPage';
import { JournalPage } from './pages/JournalPage';
import { LockScreen } from './pages/LockScreen';
import { lexical, PartnerPage } from './pages/PartnerPage';
import { ProgressPage } from './pages/ProgressPage';
import { caller, fieldsTheBrowserKeeps, localDay, type Call } from './support/invoke';

/**
 * Security and reliability battery, item 7: axe on every screen and the main dialogs, in light
 * and in dark (colour contrast differs). No 'serious' or 'critical' violation may remain. Each
 * test walks a part of the app and collects findings as it goes, so one run lists all of them.
 *
 * Every screen is also checked for form fields the browser would keep a copy of (see
 * fieldsTheBrowserKeeps): the walk visits every form, which makes it the cheapest place to prove
 * that none of them lets Chromium save what was typed with the page's history.
 */

const ALEX = { label: 'Alex', passphrase: 'alex walks the river path at dawn' };
const BLAIR = { label: 'Blair', passphrase: 'blair paints the morning light slowly' };
const SCHEMES = ['light', 'dark'] as const;

/**
 * Findings in renderer/src/features/journal, which is still being finished elsewhere: reported on
 * every run, not failed on. Each must still occur (the test fails when one no longer does, so the
 * line is removed with the fix); anything not listed here fails as usual.
 */
interface Pending {
  finding: RegExp;
  where: string;
}
const PENDING_IN_JOURNAL: Pending[] = [];

class Audit {
  readonly violations: string[] = [];
  readonly keptFields = new Set<string>();
  readonly screens: string[] = [];

  constructor(
    private readonly page: Page,
    private readonly pending: Pending[] = [],
  ) {}

  /** Runs axe on the page as it is now, in light and in dark, and notes any serious or critical violation. */
  async check(screen: string): Promise<void> {
    const { page } = this;
    // Let an opening dialog or a new page settle (motion is reduced, so this is a frame or two).
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    this.screens.push(screen);
    // Light: @axe-core/playwright, every rule axe runs by default. It injects axe-core into the
    // page (half a second each time); dark then reuses that copy straight away (a tenth of that).
    await page.emulateMedia({ colorScheme: 'light' });
    this.note(screen, 'light', (await new AxeBuilder({ page }).analyze()).violations);
    await page.emulateMedia({ colorScheme: 'dark' });
    this.note(
      screen,
      'dark',
      await page.evaluate(
        async () =>
          (
            await (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
              resultTypes: ['violations'],
            })
          ).violations,
      ),
    );
    await page.emulateMedia({ colorScheme: 'light' });
    for (const f of await fieldsTheBrowserKeeps(page)) this.keptFields.add(`${f} on ${screen}`);
  }

  private note(screen: string, scheme: string, violations: Result[]): void {
    for (const v of violations) {
      if (v.impact !== 'serious' && v.impact !== 'critical') continue;
      const targets = v.nodes.map((n) => `${n.target.join(' ')}${n.failureSummary ? ` (${firstLine(n.failureSummary)})` : ''}`);
      this.violations.push(`${screen} [${scheme}] ${v.id} (${v.impact}): ${targets.join('; ')}`);
    }
  }

  expectClean(): void {
    console.log(`[a11y] ${this.screens.length} screens × ${SCHEMES.length} colour schemes: ${this.screens.join(', ')}`);
    const isPending = (f: string) => this.pending.some((p) => p.finding.test(f));
    for (const p of this.pending) {
      const seen = [...this.violations, ...this.keptFields].filter((f) => p.finding.test(f));
      if (seen.length) console.log(`[a11y] pending in features/journal: ${p.where} (${seen.length} findings)`);
      expect.soft(seen.length, `no longer found, remove it from PENDING_IN_JOURNAL: ${p.where}`).toBeGreaterThan(0);
    }
    expect.soft(this.violations.filter((f) => !isPending(f)).join('\n'), 'serious or critical axe violations').toBe('');
    expect(
      [...this.keptFields].filter((f) => !isPending(f)).join('\n'),
      'fields whose value the browser would keep (autocomplete is not off)',
    ).toBe('');
  }
}

function firstLine(summary: string): string {
  return summary
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, 2)
    .join(' ');
}

/** Two journals on one computer, paired and verified, set up through the contract. */
async function pairedCouple(call: Call): Promise<{ alex: string; blair: string }> {
  const blair = (await call<{ vaultId: string }>('vault.create', BLAIR)).vaultId;
  await call('partner.setMyName', { name: 'Blair' });
  const blairCard = (await call<{ code: string }>('partner.myCard', {})).code;
  await call('vault.lock', {});
  const alex = (await call<{ vaultId: string }>('vault.create', ALEX)).vaultId;
  await call('partner.setMyName', { name: 'Alex' });
  await call('partner.importCard', { code: blairCard });
  await call('partner.verify', {});
  const alexCard = (await call<{ code: string }>('partner.myCard', {})).code;
  await call('vault.lock', {});
  await call('vault.unlock', { vaultId: blair, passphrase: BLAIR.passphrase });
  await call('partner.importCard', { code: alexCard });
  await call('partner.verify', {});
  await call('vault.lock', {});
  return { alex, blair };
}

async function someEntries(call: Call): Promise<string[]> {
  const drafts = [
    {
      kind: 'setback',
      title: 'The argument about the phone',
      body: lexical('When I saw the message, my chest went tight.'),
      mood: 2,
      intensity: 7,
      emotions: ['hurt', 'afraid'],
      tags: ['evenings'],
      happenedOn: localDay(-20),
    },
    {
      kind: 'small-recovery',
      title: 'Walking by the river',
      body: lexical('We walked without talking much, and it felt okay.'),
      mood: 4,
      emotions: ['hopeful', 'calm'],
      tags: ['walks'],
      happenedOn: localDay(-9),
    },
    {
      kind: 'gratitude',
      title: 'Tea on the balcony',
      body: lexical('You made me tea without asking.'),
      mood: 5,
      emotions: ['grateful'],
      happenedOn: localDay(-2),
    },
    {
      kind: 'reflection',
      title: 'What I am learning',
      body: lexical('Going quiet is how I protect myself.'),
      mood: 3,
      happenedOn: localDay(-40),
    },
  ];
  const ids: string[] = [];
  for (const d of drafts) ids.push((await call<{ id: string }>('entries.create', d)).id);
  return ids;
}

async function reopen(page: Page, section: 'Journal' | 'Conversations' | 'Partner' | 'Progress' | 'Settings'): Promise<void> {
  const shell = new AppShell(page);
  await shell.navigateTo(section === 'Settings' ? 'Journal' : 'Settings');
  await shell.navigateTo(section);
}

test.describe('accessibility (axe), light and dark', () => {
  test.use({
    viewport: { width: 1180, height: 860 },
    reducedMotion: 'reduce',
    timezoneId: 'Europe/Berlin',
    locale: 'en-GB',
    actionTimeout: 15_000,
  });

  test('vault screens: welcome, create, recovery key, lock screen with one and two journals, errors', async ({ mend }) => {
    const { page } = mend;
    const call = caller(mend.invokeRaw);
    const audit = new Audit(page);
    const lock = new LockScreen(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Mend' })).toBeVisible();
    await audit.check('welcome');

    await page.getByRole('button', { name: 'Create your journal' }).click();
    await page.getByLabel('Label', { exact: true }).fill(ALEX.label);
    await page.getByLabel('Passphrase', { exact: true }).fill('robin1234');
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /.+/);
    await audit.check('create: a weak passphrase');
    await page.getByLabel('Passphrase', { exact: true }).fill(ALEX.passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(ALEX.passphrase);
    await expect(page.getByRole('button', { name: 'Create journal' })).toBeEnabled();
    await audit.check('create: ready');
    await page.getByRole('button', { name: 'Create journal' }).click();

    const key = await lock.readRecoveryKey();
    await audit.check('recovery key sheet');
    await page.getByRole('button', { name: /kept it safe/ }).click();
    for (const input of await page.getByLabel(/^Group \d$/).all()) await input.fill('ZZZZ');
    await page.getByRole('button', { name: 'Confirm and open my journal' }).click();
    await expect(page.getByRole('alert')).toContainText('match');
    await audit.check('recovery key check: a mismatch');
    await page.getByRole('button', { name: 'Show the key again' }).click();
    await lock.confirmRecoveryKey(key, 'Confirm and open my journal');
    await new AppShell(page).expectOpen();

    await lock.lock();
    await audit.check('lock screen, one journal');
    await lock.tryUnlock(ALEX.label, 'not the right words at all');
    await expect(lock.alert).toContainText('did not open this journal');
    await audit.check('lock screen: a wrong passphrase');
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await audit.check('lock screen: recovery key');
    await page.getByLabel('Recovery key', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await expect(lock.alert).toBeVisible();
    await audit.check('lock screen: a wrong recovery key');

    await call('vault.create', BLAIR);
    await call('vault.lock', {});
    await page.reload();
    await expect(lock.vaultOption(BLAIR.label)).toBeVisible();
    await audit.check('lock screen, two journals');
    await page.getByRole('button', { name: 'Create a new journal' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create a new journal' })).toBeVisible();
    await audit.check('create another journal');

    audit.expectClean();
  });

  test('journal and settings: timeline, entry, dialogs, search, trash; every settings card and the restore dialog', async ({ mend }) => {
    const { page } = mend;
    const call = caller(mend.invokeRaw);
    const audit = new Audit(page, PENDING_IN_JOURNAL);
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(ALEX.label, ALEX.passphrase);
    await journal.expectEmptyJournal();
    await audit.check('journal: empty');
    const [, , , old] = await someEntries(call);
    await call('entries.trash', { id: old });
    await reopen(page, 'Journal');
    await expect(journal.row('Walking by the river')).toBeVisible();
    await audit.check('journal: timeline');

    await page.locator('body').press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await audit.check('dialog: keyboard shortcuts');
    await page.keyboard.press('Escape');
    await journal.newEntryButton.click();
    await expect(page.getByRole('dialog', { name: 'What would you like to write?' })).toBeVisible();
    await audit.check('dialog: new entry');
    await page.keyboard.press('Escape');

    await journal.filterButton('Feeling').click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit.check('journal: a filter panel');
    await page.keyboard.press('Escape');

    await journal.open('The argument about the phone');
    await expect(journal.saveStatus).toBeVisible();
    await audit.check('journal: an entry');
    await page.getByRole('button', { name: /Name a feeling|Add or change feelings/ }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await audit.check('dialog: feelings');
    await page.keyboard.press('Escape');
    await journal.body.click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeVisible();
    await audit.check('dialog: add a link');
    await page.keyboard.press('Escape');
    await journal.back();

    await journal.searchFor('river');
    await expect(journal.searchResults.getByRole('article')).toHaveCount(1);
    await audit.check('journal: search results');
    await journal.search.press('Escape');

    await journal.openTrash();
    await expect(journal.trashList().getByRole('listitem')).toHaveCount(1);
    await audit.check('journal: trash');
    await page.getByRole('button', { name: /^Delete forever/ }).click();
    await expect(page.getByRole('alertdialog', { name: 'Delete this entry forever?' })).toBeVisible();
    await audit.check('dialog: delete forever');
    await page.getByRole('button', { name: 'Keep' }).click();

    const data = new DataPage(page);
    await data.open();
    await audit.check('settings');
    await page.getByRole('button', { name: 'Get a new recovery key' }).click();
    const newKey = page.getByRole('dialog', { name: 'Get a new recovery key' });
    await expect(newKey).toBeVisible();
    await audit.check('dialog: a new recovery key');
    await newKey.getByRole('button', { name: 'Cancel' }).click();
    await data.makeBackup();
    await data.exportCard.getByRole('checkbox', { name: 'I understand this file will not be encrypted' }).check();
    await audit.check('settings: a backup made, export ready');
    await data.startRestore('Made by you');
    await audit.check('dialog: restore a backup');
    await data.restoreDialog.getByRole('button', { name: /^(Cancel|Keep.*)$/ }).click();

    audit.expectClean();
  });

  test('conversations: first visit, plan, upcoming, prepare, hold, break, after, agreements, boundaries', async ({ mend }) => {
    test.skip(mend.host === null, 'Sets the scene through the test host');
    const { page } = mend;
    const call = caller(mend.invokeRaw);
    const audit = new Audit(page);
    const lock = new LockScreen(page);
    const conv = new ConversationsPage(page);
    await pairedCouple(call);
    await page.reload();
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await someEntries(call);

    await conv.open();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'Your first check-in' })).toBeVisible();
    await audit.check('conversations: first visit');
    await conv.startPlanning();
    await conv.fillPlan({
      purpose: 'Check in gently about the week',
      date: localDay(1),
      time: '19:00',
      repeat: 'Every week',
      reminder: '30 minutes before',
    });
    await audit.check('conversations: plan');
    await conv.submitPlan();
    const next = conv.occurrence('Tomorrow at 19:00');
    await expect(next).toBeVisible();
    await audit.check('conversations: upcoming');

    await conv.prepare(next);
    await conv.entry('Walking by the river').check();
    await conv.addIStatement('You never pick up when I call.');
    await expect(conv.nudge()).toBeVisible();
    await audit.check('conversations: prepare');
    await conv.main.getByRole('button', { name: 'All conversations' }).click();

    await conv.begin(conv.occurrence('Tomorrow at 19:00'));
    await audit.check('conversations: before we begin');
    await conv.startTalking();
    await audit.check('conversations: holding the frame');
    await conv.pause('20 minutes');
    await audit.check('conversations: the break');
    await conv.hold.getByRole('button', { name: 'End for today instead' }).click();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'How did it go?' })).toBeVisible();
    await conv.main.getByLabel('What went well, however small').fill('We both stayed in the room.');
    await audit.check('conversations: after');
    await conv.addAgreement({ text: 'Text when running late', owner: 'Both of us' });
    await conv.main.getByRole('button', { name: 'Close the conversation' }).click();
    await conv.main.getByRole('button', { name: 'All conversations' }).click();

    await conv.openTab('Agreements');
    await conv.main.getByRole('button', { name: 'Add an agreement' }).click();
    await audit.check('conversations: agreements, adding one');
    await conv.main.getByRole('button', { name: 'Cancel' }).click();
    const item = conv.agreement('Text when running late');
    await item.getByRole('button', { name: /^(How did it go\?|Change it)$/ }).click();
    await audit.check('conversations: agreement status');
    await item.getByRole('button', { name: 'Cancel' }).click();

    await conv.openTab('Boundaries');
    await conv.main.getByRole('button', { name: 'Add a boundary' }).click();
    const add = conv.main.getByRole('form', { name: 'Add a boundary' });
    await add.getByLabel('The boundary').fill('We ask before reading each other’s messages.');
    await add.getByLabel('Agreed on').fill(localDay(-30));
    await audit.check('conversations: boundaries, adding one');
    await add.getByRole('button', { name: 'Add boundary' }).click();
    const boundary = conv.boundary('We ask before reading');
    await boundary.getByRole('button', { name: 'Record a crossing' }).click();
    await audit.check('conversations: boundaries, a crossing');
    await boundary.getByLabel('What happened').fill('I looked at a message without asking.');
    await boundary.getByRole('button', { name: 'Save', exact: true }).click();
    await boundary.getByRole('button', { name: 'Remove…' }).click();
    await expect(page.getByRole('alertdialog', { name: 'Remove this boundary?' })).toBeVisible();
    await audit.check('dialog: remove a boundary');
    await page
      .getByRole('alertdialog')
      .getByRole('button', { name: /^(Keep|Cancel)/ })
      .click();

    audit.expectClean();
  });

  test('partner and progress: pairing, safety phrase, share flow, received; insights and month in review', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s file dialogs');
    const host = mend.host!;
    const { page } = mend;
    const call = caller(mend.invokeRaw);
    const audit = new Audit(page);
    const lock = new LockScreen(page);
    const partner = new PartnerPage(page);

    // Blair first, through the contract; Alex pairs in the UI.
    const blair = (await call<{ vaultId: string }>('vault.create', BLAIR)).vaultId;
    await call('partner.setMyName', { name: 'Blair' });
    const blairCard = (await call<{ code: string }>('partner.myCard', {})).code;
    await call('vault.lock', {});
    await page.reload();
    await lock.createVault(ALEX.label, ALEX.passphrase);
    await someEntries(call);
    await partner.open();
    await audit.check('partner: pairing');
    await partner.setMyName('Alex');
    const alexCard = await partner.myCardCode();
    await partner.addPartnerCard(blairCard);
    await expect(partner.safetyPhrase()).toBeVisible();
    await audit.check('partner: safety phrase');
    await partner.markVerified('Blair');
    await audit.check('partner: paired');

    await partner.startShare('Blair');
    await partner.entryCheckbox('The argument about the phone').check();
    await audit.check('partner: share, choose');
    await partner.chooseEntries('Walking by the river');
    await partner.writeNote('The argument about the phone', 'I was scared, and I went quiet.');
    await audit.check('partner: share, notes and fields');
    await partner.preview('Blair');
    await audit.check('partner: share, preview');
    await partner.sealAndSave(host);
    await audit.check('partner: share, sealed');
    await partner.main.getByRole('button', { name: 'Done' }).click();

    // Blair shares one back; Alex receives it.
    await lock.lock();
    await call('vault.unlock', { vaultId: blair, passphrase: BLAIR.passphrase });
    await call('partner.importCard', { code: alexCard });
    await call('partner.verify', {});
    const blairEntry = (
      await call<{ id: string }>('entries.create', {
        kind: 'feeling',
        title: 'When the phone rang',
        body: lexical('I saw the calls later and felt awful.'),
        happenedOn: localDay(-3),
      })
    ).id;
    await call('share.send', {
      conversationId: null,
      items: [{ entryId: blairEntry, note: 'My phone was in my bag.' }],
      fields: DEFAULT_SHARE_FIELDS,
    });
    const packet = join(
      host.dialogs.savedDir,
      readdirSync(host.dialogs.savedDir).find((f) => f.endsWith('.mendpacket'))!,
    );
    await call('vault.lock', {});
    await page.reload();
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await partner.open();
    await partner.openTab('From Blair');
    await audit.check('partner: nothing received yet');
    await partner.importWithDialog(host, packet, 'Blair');
    await expect(partner.importResult()).toContainText('Imported 1 entry');
    await audit.check('partner: received');

    // Progress: a season of entries, so every chart has something to show.
    for (let d = 90; d >= 0; d -= 4) {
      await call('entries.create', {
        kind: d % 12 === 0 ? 'setback' : 'small-recovery',
        title: `Day ${d}`,
        body: lexical('A few words.'),
        mood: 1 + ((90 - d) % 5),
        emotions: d % 8 === 0 ? ['hurt'] : ['hopeful', 'calm'],
        happenedOn: localDay(-d),
      });
    }
    const progress = new ProgressPage(page);
    await progress.open();
    await audit.check('progress: over time');
    await progress.showTable('Mood, week by week');
    await audit.check('progress: a chart as a table');
    await progress.openMonthReview();
    await audit.check('progress: month in review');

    audit.expectClean();
  });
});
