import type { Page } from '@playwright/test';
import type { EntryDraft, EntryKind } from '../../shared/domain/entry';
import { MendError } from '../../shared/errors';
import { test, expect } from './fixtures';
import { AppShell } from './pages/AppShell';
import { JournalPage } from './pages/JournalPage';
import { LockScreen } from './pages/LockScreen';
import { lexical } from '../support/lexical';

const SHOTS = 'test-results/screenshots';
const SCHEMES = ['light', 'dark'] as const;
const LABEL = 'Robin';
const PASSPHRASE = 'quiet harbour lantern thistle';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/journal-${name}.png`, animations: 'disabled' });
}

/** Light and dark pictures of the same screen. */
async function shootBoth(page: Page, name: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await shoot(page, `${name}-${colorScheme}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The journal page is mounted afresh (and so reads the core again) by visiting another section. */
async function reopenJournal(page: Page): Promise<void> {
  const shell = new AppShell(page);
  await shell.navigateTo('Settings');
  await shell.navigateTo('Journal');
}

test.use({ viewport: { width: 1180, height: 860 } });

test.describe('journal', () => {
  test('a setback from its template: write, find, filter, search with a typo, edit, lock, trash and restore', async ({ mend }) => {
    test.setTimeout(120_000);
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);

    await journal.expectEmptyJournal();
    await shootBoth(page, 'empty');

    // Write a setback from its guided template.
    await journal.startEntry({ template: 'A setback' }, 'shortcut');
    await expect(journal.body).toContainText('What happened');
    await expect(journal.body).toContainText('What I’ll try next time');
    await journal.title.fill('The anniversary dinner');
    await journal.writeOverPrompt(
      'Just the facts, as a camera would have seen them.',
      'We argued about the anniversary dinner and I went quiet for the rest of the evening.',
    );
    await journal.writeOverPrompt('Reassurance, space, honesty, closeness…', 'To hear that the date still mattered to him.');
    // Written over a prompt, the words are the person's own: plain, not in the prompt's italics.
    await expect(journal.body.getByText('To hear that the date still mattered to him.')).toBeVisible();
    await expect(journal.body.locator('.mend-editor__text-italic', { hasText: 'We argued' })).toHaveCount(0);
    await expect(journal.body.locator('.mend-editor__text-italic', { hasText: 'To hear that' })).toHaveCount(0);
    // The prompts still waiting to be written over keep their italics.
    await expect(journal.body.locator('.mend-editor__text-italic', { hasText: 'One small thing that might help.' })).toHaveCount(1);
    await journal.setMood('Low');
    await journal.setIntensity(7);
    await journal.addFeelings('Hurt', 'Betrayed');
    await journal.addTags('anniversary', 'evenings');
    await expect(page.getByRole('list', { name: 'Feelings in this entry' })).toContainText('Betrayed');
    await expect(page.getByRole('list', { name: 'Tags on this entry' })).toContainText('evenings');
    await journal.expectSaved();
    await journal.title.focus();
    await page.locator('.shell__content').evaluate((el) => el.scrollTo(0, 0));
    await shootBoth(page, 'editor');

    await journal.back();
    const dinner = journal.row('The anniversary dinner');
    await expect(dinner).toContainText('Setback');
    await expect(dinner).toContainText('Low');
    await expect(dinner).toContainText('Hurt');
    await expect(dinner).toContainText('Betrayed');
    await expect(dinner).toContainText('#anniversary');

    // A second, different entry, so the filters have something to leave out.
    await journal.startEntry({ blank: 'Small recovery' });
    await journal.title.fill('A calm walk');
    await journal.typeInBody('We walked by the river after work and it felt easy again.');
    await journal.setMood('Good');
    await journal.addFeelings('Hopeful');
    await journal.addTags('walks');
    await journal.expectSaved();
    await journal.back();

    const walk = journal.row('A calm walk');
    await expect(walk).toBeVisible();
    const month = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { month: 'long', year: 'numeric' }).format(new Date()));
    await expect(journal.timeline.getByRole('heading', { level: 2, name: month })).toBeVisible();
    await expect(journal.timeline.getByRole('heading', { level: 3, name: /^Week of / }).first()).toBeVisible();
    await expect(journal.resultCount).toHaveText('2 entries');

    // Filters combine, and say what they do in plain words.
    await journal.filterBy('Kind', 'Setback');
    await expect(journal.filterSummary).toHaveText('Setbacks');
    await expect(walk).toBeHidden();
    await journal.filterBy('Feeling', 'Hurt');
    await expect(journal.filterSummary).toHaveText('Setbacks · feeling hurt');
    await journal.filterBy('When', 'Last 3 months');
    await expect(journal.filterSummary).toHaveText('Setbacks · feeling hurt · last 3 months');
    await expect(dinner).toBeVisible();
    await expect(journal.resultCount).toHaveText('1 entry');
    await journal.filterByMood(1, 2);
    await expect(journal.filterSummary).toHaveText('Setbacks · feeling hurt · mood very low to low · last 3 months');
    await expect(dinner).toBeVisible();
    await journal.filterByMood(4, 5);
    await expect(page.getByText('No entries match these filters')).toBeVisible();
    await journal.clearFilters();
    await expect(walk).toBeVisible();
    await journal.filterBy('Tag', 'walks');
    await expect(journal.filterSummary).toHaveText('Tagged walks');
    await expect(dinner).toBeHidden();
    await expect(walk).toBeVisible();
    await journal.filterBy('Sharing', 'Only shared with my partner');
    await expect(page.getByText('No entries match these filters')).toBeVisible();
    await journal.clearFilters();

    // Search forgives a typo and highlights what it found.
    await journal.searchFor('aniversary');
    await expect(journal.searchResults.getByRole('article')).toHaveCount(1);
    await expect(journal.searchResults.getByRole('article')).toHaveAccessibleName('The anniversary dinner');
    await expect(journal.marks().first()).toHaveText(/anniversary/i);
    await expect(journal.resultCount).toHaveText('1 entry matches');
    await shootBoth(page, 'search');
    // …within the current filters.
    await journal.filterBy('Kind', 'Small recovery');
    await expect(page.getByText('No entries match “aniversary”')).toBeVisible();
    await journal.clearFilters();
    await journal.search.fill('zebra crossing');
    await expect(page.getByText('No entries match “zebra crossing”')).toBeVisible();
    await journal.search.press('Escape');
    await expect(journal.search).toHaveValue('');

    // Edit: a new title and more words.
    await journal.open('The anniversary dinner');
    await expect(page.getByRole('radio', { name: 'Low', exact: true })).toHaveAttribute('aria-checked', 'true');
    await journal.title.fill('The anniversary dinner, later');
    await journal.typeInBody(' Later that night we talked it through.');
    await journal.expectSaved();
    await journal.back();
    await expect(journal.row('The anniversary dinner, later')).toBeVisible();

    // Lock and unlock: everything is still there.
    await lock.lock();
    await lock.unlock(LABEL, PASSPHRASE);
    await journal.open('The anniversary dinner, later');
    await expect(journal.body).toContainText('I went quiet for the rest of the evening.');
    await expect(journal.body).toContainText('Later that night we talked it through.');
    await expect(page.getByRole('list', { name: 'Feelings in this entry' })).toContainText('Hurt');
    await expect(page.getByRole('slider', { name: 'How strong it felt' })).toHaveAttribute('aria-valuenow', '7');

    // Delete, then Undo.
    await journal.moveToTrash();
    await expect(journal.row('The anniversary dinner, later')).toBeHidden();
    await journal.undoButton.click();
    await expect(journal.row('The anniversary dinner, later')).toBeVisible();

    // Delete, then restore from the Trash.
    await journal.open('The anniversary dinner, later');
    await journal.moveToTrash();
    await journal.openTrash();
    await expect(page.getByText('Entries stay here for 30 days, then are removed for good.')).toBeVisible();
    const trashed = journal.trashList().getByRole('listitem');
    await expect(trashed).toHaveCount(1);
    await expect(trashed).toContainText('Removed for good on');
    await shootBoth(page, 'trash');
    await page.getByRole('button', { name: /^Restore/ }).click();
    await expect(page.getByText('The Trash is empty')).toBeVisible();
    await journal.back();
    await expect(journal.row('The anniversary dinner, later')).toBeVisible();

    // Delete forever asks first, and "Keep" is the safe default.
    await journal.open('A calm walk');
    await journal.moveToTrash();
    await journal.openTrash();
    await page.getByRole('button', { name: /^Delete forever/ }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Delete this entry forever?' });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole('button', { name: 'Keep' })).toBeFocused();
    await confirm.getByRole('button', { name: 'Delete forever' }).click();
    await expect(page.getByText('The Trash is empty')).toBeVisible();
    expect((await mend.host?.core.journal.list({}, true, { offset: 0, limit: 10 }).total) ?? 0).toBe(0);
  });

  test('words typed just before locking are saved: Ctrl+L, the OS lock screen, Ctrl+S', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);

    // Ctrl+L straight after the last keystroke, well inside the autosave pause.
    await journal.startEntry({ blank: 'Feeling' }, 'empty-state');
    await journal.typeInBody('These are the very last words before the lock');
    await page.keyboard.press('Control+l');
    await lock.expectVisible();
    await lock.unlock(LABEL, PASSPHRASE);
    await journal.open(/These are the very last words before the lock/);
    await expect(journal.body).toHaveText('These are the very last words before the lock');

    // The OS locking the screen mid-sentence.
    await journal.typeInBody(', and a few more as the screen locked');
    if (mend.host) {
      mend.host.power.fire('lock-screen');
      await lock.expectVisible();
      await lock.unlock(LABEL, PASSPHRASE);
      await journal.open(/These are the very last words/);
      await expect(journal.body).toHaveText('These are the very last words before the lock, and a few more as the screen locked');
    }

    // Ctrl+S saves at once, without waiting for the pause.
    await journal.typeInBody('. Saved by hand.');
    await page.keyboard.press('Control+s');
    await journal.expectSaved();
    const saved = mend.host ? mend.host.core.journal.list({}, false, { offset: 0, limit: 1 }).items[0] : null;
    if (saved) expect(saved.excerpt).toContain('Saved by hand.');

    // Leaving for another section straight after typing: the page unmounts, the words are kept.
    await journal.typeInBody(' Then I went to look at our plans.');
    await new AppShell(page).navigateTo('Conversations');
    await new AppShell(page).navigateTo('Journal');
    await journal.open(/These are the very last words/);
    await expect(journal.body).toContainText('Saved by hand. Then I went to look at our plans.');
  });

  test('a failed save keeps the words and says so, and Retry saves them', async ({ mend }) => {
    test.skip(mend.host === null, 'needs the browser host to make the core refuse a save');
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);
    await journal.startEntry({ blank: 'Reflection' }, 'empty-state');
    await journal.typeInBody('Words that must not be lost.');
    await journal.expectSaved();

    // Make the next update fail the way a full disk would.
    const service = mend.host!.core.journal;
    const realUpdate = service.update.bind(service);
    let diskFull = true;
    service.update = (...args: Parameters<typeof service.update>) => {
      if (diskFull) throw new MendError('storage_full', 'There is no space left on this disk.');
      return realUpdate(...args);
    };
    await journal.typeInBody(' And these too.');
    await expect(journal.saveStatus).toHaveText('Not saved yet — There is no space left on this disk.');
    await expect(journal.body).toContainText('Words that must not be lost. And these too.');
    await shoot(page, 'save-failed-light');
    // Leaving is refused until the words are safe.
    await journal.backButton.click();
    await expect(journal.body).toBeVisible();
    await expect(journal.saveStatus).toHaveText(/^Not saved yet/);
    diskFull = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await journal.expectSaved();
    await journal.back();
    await expect(journal.row(/Words that must not be lost\. And these too\./)).toBeVisible();
  });

  test('keyboard: shortcuts sheet, new entry, search and moving between entries', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);

    await page.locator('body').press('?');
    const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(sheet).toBeVisible();
    await expect(sheet).toContainText('New entry');
    await expect(sheet).toContainText('Ctrl+N');
    await expect(sheet).toContainText('Ctrl+F');
    await expect(sheet).toContainText('Ctrl+K');
    await expect(sheet).toContainText('Ctrl+L');
    await expect(sheet).toContainText('Ctrl+S');
    await shootBoth(page, 'shortcuts');
    await page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
    await page.keyboard.press('Control+/');
    await expect(sheet).toBeVisible();
    await page.keyboard.press('Escape');

    for (const [i, title] of ['First', 'Second', 'Third'].entries()) {
      await journal.startEntry({ blank: 'Gratitude' }, 'shortcut');
      await journal.title.fill(title);
      await journal.typeInBody(`Entry number ${i + 1}.`);
      await journal.expectSaved();
      // Ctrl+K inside the text is the editor's own (add a link); Ctrl+F leaves for search.
      await page.keyboard.press('Control+f');
      await expect(journal.search).toBeFocused();
    }
    await journal.row('Third').getByRole('button').focus();
    await page.keyboard.press('ArrowDown');
    await expect(journal.row('Second').getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(journal.row('First').getByRole('button')).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(journal.row('Second').getByRole('button')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(journal.body).toContainText('Entry number 2.');
    await journal.body.click();
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeHidden();
    // Outside the text, Ctrl+K is search.
    await page.getByRole('textbox', { name: 'Title (optional)' }).focus();
    await page.keyboard.press('Control+k');
    await expect(journal.search).toBeFocused();
  });

  test('a lived-in journal, in light and dark', async ({ mend }) => {
    test.skip(mend.host === null, 'seeds entries through the browser host core');
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);

    const entries: (Partial<EntryDraft> & { kind: EntryKind; title: string; text: string[]; daysAgo: number })[] = [
      {
        kind: 'small-recovery',
        title: 'He asked before checking my phone',
        text: ['A small thing, but he asked first, and I noticed the difference.'],
        mood: 4,
        emotions: ['relieved', 'hopeful'],
        tags: ['trust'],
        daysAgo: 0,
      },
      {
        kind: 'feeling',
        title: '',
        text: ['Tired today. The old worry came back when the message arrived late, and I let it sit instead of spiralling.'],
        mood: 3,
        intensity: 4,
        emotions: ['anxious', 'tired'],
        daysAgo: 1,
      },
      {
        kind: 'setback',
        title: 'The work trip',
        text: ['He was away for three days and I checked the location app too often. I felt ashamed afterwards.'],
        mood: 2,
        intensity: 7,
        emotions: ['insecure', 'ashamed'],
        tags: ['travel', 'phone'],
        daysAgo: 3,
      },
      {
        kind: 'gratitude',
        title: 'Coffee on the balcony',
        text: ['He brought me coffee and we just sat. Nobody fixed anything. It was enough.'],
        mood: 5,
        emotions: ['grateful', 'connected'],
        daysAgo: 6,
      },
      {
        kind: 'reflection',
        title: 'What I want to say on Sunday',
        text: ['I felt alone when plans changed without me, because I need to know I still matter in the small decisions.'],
        mood: 3,
        emotions: ['lonely'],
        tags: ['sunday talk'],
        daysAgo: 9,
      },
      {
        kind: 'setback',
        title: 'Old photos',
        text: ['Found the old photos by accident. The whole evening went grey.'],
        mood: 1,
        intensity: 9,
        emotions: ['hurt', 'betrayed', 'grieving'],
        daysAgo: 15,
      },
      {
        kind: 'small-recovery',
        title: 'We paused, and it worked',
        text: ['We used the pause rule for the first time. Twenty minutes, then we came back calmer.'],
        mood: 4,
        emotions: ['proud', 'calm'],
        tags: ['pause rule'],
        daysAgo: 34,
      },
    ];
    for (const e of entries) {
      mend.host!.core.journal.create({
        kind: e.kind,
        title: e.title,
        body: lexical(...e.text),
        mood: e.mood ?? null,
        intensity: e.intensity ?? null,
        emotions: e.emotions ?? [],
        tags: e.tags ?? [],
        happenedOn: isoDaysAgo(e.daysAgo),
      });
    }
    await reopenJournal(page);
    await expect(journal.row('He asked before checking my phone')).toBeVisible();
    await page.mouse.move(1, 1);
    await shootBoth(page, 'timeline');

    await journal.filterButton('Feeling').click();
    await page.getByRole('dialog').getByRole('searchbox', { name: 'Find a feeling' }).fill('a');
    await shootBoth(page, 'feelings-picker');
    await page.keyboard.press('Escape');
    await expect(journal.filterButton('Feeling')).toBeFocused();

    await journal.searchFor('checkd');
    await expect(journal.searchResults.getByRole('article').first()).toBeVisible();
    await expect(journal.marks().first()).toBeVisible();
    await shootBoth(page, 'search-results');
    await journal.search.fill('');

    await journal.open('The work trip');
    await expect(page.getByRole('radio', { name: 'Low', exact: true })).toHaveAttribute('aria-checked', 'true');
    await shootBoth(page, 'editor-existing');
    await page.mouse.wheel(0, 900);
    await shootBoth(page, 'editor-details');

    await journal.back();
    await journal.newEntryButton.click();
    await expect(page.getByRole('dialog', { name: 'What would you like to write?' })).toBeVisible();
    await shootBoth(page, 'new-entry');
  });

  test('a damaged entry is named once, quietly, and the others stay readable', async ({ mend }) => {
    test.skip(mend.host === null, 'damages a record through the browser host core');
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);
    const core = mend.host!.core;
    const draft = (title: string): EntryDraft => ({
      kind: 'feeling',
      title,
      body: lexical(`${title}, in a few words.`),
      mood: 3,
      intensity: null,
      emotions: [],
      tags: [],
      happenedOn: isoDaysAgo(0),
    });
    const damaged = core.journal.create(draft('Lost to a bad disk'));
    core.journal.create(draft('Still here'));
    const textDamaged = core.journal.create(draft('Text gone'));
    // Lock and unlock once, so the core's quick-start snapshot is up to date and not rewritten below.
    core.vaults.lock('manual');
    await lock.expectVisible();
    await lock.unlock(LABEL, PASSPHRASE);
    await expect(journal.row('Lost to a bad disk')).toBeVisible();

    // Flip a byte in one entry's metadata and another's text, so neither can be decrypted, and
    // drop the snapshot, which would otherwise still hold an intact copy of the metadata.
    const db = core.vaults.requireSession().db;
    for (const id of [damaged.id, `body:${textDamaged.id}`]) {
      const row = db.prepare('SELECT envelope FROM records WHERE id = ?').get(id) as { envelope: Buffer };
      row.envelope[40] = row.envelope[40]! ^ 0xff;
      db.prepare('UPDATE records SET envelope = ? WHERE id = ?').run(row.envelope, id);
    }
    db.prepare("DELETE FROM records WHERE type = 'entry-index'").run();
    core.vaults.lock('manual');
    await lock.expectVisible();
    await lock.unlock(LABEL, PASSPHRASE);

    await expect(page.getByText('One entry could not be read.')).toBeVisible();
    await expect(page.getByText('Your other entries are fine.')).toHaveCount(1);
    await expect(journal.row('Still here')).toBeVisible();
    await expect(journal.row('Lost to a bad disk')).toHaveCount(0);
    await shootBoth(page, 'damaged');

    await journal.row('Text gone').getByRole('button').click();
    await expect(page.getByRole('alert')).toContainText('damaged');
    await expect(journal.body).toHaveCount(0);
    await journal.backButton.click();
    await journal.open('Still here');
    await expect(journal.body).toHaveText('Still here, in a few words.');
  });

  test('a journal of 10,000 entries opens and scrolls', async ({ mend }) => {
    test.skip(mend.host === null, 'seeds entries through the browser host core');
    test.setTimeout(180_000);
    const { page } = mend;
    const lock = new LockScreen(page);
    const journal = new JournalPage(page);
    await lock.createVault(LABEL, PASSPHRASE);

    // Seeded through the core in one transaction (one fsync instead of ten thousand).
    const core = mend.host!.core;
    const kinds: EntryKind[] = ['feeling', 'setback', 'small-recovery', 'gratitude', 'reflection'];
    const feelings = ['hurt', 'hopeful', 'anxious', 'calm', 'grateful', 'tired'];
    const items = Array.from({ length: 10_000 }, (_, i) => ({
      draft: {
        kind: kinds[i % kinds.length]!,
        title: `Entry ${i + 1}`,
        body: lexical(`Day ${i + 1}: an ordinary note about how things are going, written to fill a big journal.`),
        mood: (i % 5) + 1,
        intensity: i % 11,
        emotions: [feelings[i % feelings.length]!],
        tags: i % 3 === 0 ? ['seeded'] : [],
        happenedOn: isoDaysAgo(Math.floor(i / 4)),
      },
    }));
    await core.journal.importMany(items, async () => {});

    // How fast it opens is measured by `npm run bench` (B6), never asserted here.
    await reopenJournal(page);
    await expect(journal.resultCount).toHaveText('10,000 entries');
    await expect(journal.row('Entry 1')).toBeVisible();
    // Virtualised: only the rows near the viewport exist.
    expect(await journal.timeline.getByRole('article').count()).toBeLessThan(60);

    // Scroll down page by page with the wheel; new rows keep appearing and the DOM stays small.
    const scroller = page.locator('.shell__content');
    await page.mouse.move(700, 600);
    for (let i = 0; i < 30; i++) await page.mouse.wheel(0, 1600);
    await expect(journal.row('Entry 1')).toBeHidden();
    expect(await journal.timeline.getByRole('article').count()).toBeLessThan(60);

    // Jump far down: later pages load as they come into view, all the way to the oldest entry.
    for (let i = 0; i < 80; i++) {
      if (await journal.row('Entry 10000').isVisible()) break;
      await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
      await page.waitForTimeout(60);
    }
    await expect(journal.row('Entry 10000')).toBeVisible();
    expect(await journal.timeline.getByRole('article').count()).toBeLessThan(60);

    // Opening an entry from far down and coming back returns to the same place.
    await journal.open('Entry 10000');
    await journal.back();
    await expect(journal.row('Entry 10000')).toBeVisible();

    // Filtering the big journal is quick too.
    await journal.filterBy('Tag', 'seeded');
    await expect(journal.resultCount).toHaveText('3,334 entries');
    await journal.searchFor('Entry 9999');
    await expect(journal.searchResults.getByRole('article').first()).toBeVisible();
  });
});
