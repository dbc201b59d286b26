import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DEFAULT_SHARE_FIELDS } from '../../shared/domain/share';
import type { Result } from '../../shared/errors';
import { test, expect, type MendHarness } from './fixtures';
import { AppShell } from './pages/AppShell';
import { ConversationsPage } from './pages/ConversationsPage';
import { LockScreen } from './pages/LockScreen';
import { createEntry, lexical, PartnerPage } from './pages/PartnerPage';

const SHOTS = 'test-results/screenshots';
const SCHEMES = ['light', 'dark'] as const;
const ALEX = { label: 'Alex', passphrase: 'alex walks the river path at dawn' };
const BLAIR = { label: 'Blair', passphrase: 'blair paints the morning light slowly' };
const PURPOSE = 'Check in gently about the week';
const MIN = 60_000;

/**
 * Light and dark pictures of one moment. Pages scroll inside a pane (the shell's, or conversation
 * mode's), so the window is made as tall as that pane's content for the picture.
 */
async function shoot(page: Page, name: string, scroller = '[data-scroll-root]'): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.evaluate((sel) => document.querySelector(sel)?.scrollHeight ?? 0, scroller);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(height + 40, 4000)) });
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/conversations-${name}-${colorScheme}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light' });
}

/** Calls a channel through the test host and returns its value, failing the test on an error. */
async function call<T>(mend: MendHarness, channel: string, input: unknown): Promise<T> {
  const r: Result<unknown> = await mend.invokeRaw(channel, input);
  if (!r.ok) throw new Error(`${channel} failed: ${r.error.message}`);
  return r.value as T;
}

/** A local calendar day in the page's zone, `days` from today. */
function dayFromToday(page: Page, days: number): Promise<string> {
  return page.evaluate((n) => {
    const d = new Date();
    d.setDate(d.getDate() + n);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);
}

/** Two journals on one computer, paired and verified, set up through the contract (the Partner UI has its own spec). */
async function pairedCouple(mend: MendHarness): Promise<{ alex: string; blair: string }> {
  const blair = (await call<{ vaultId: string }>(mend, 'vault.create', { label: BLAIR.label, passphrase: BLAIR.passphrase })).vaultId;
  await call(mend, 'partner.setMyName', { name: 'Blair' });
  const blairCard = (await call<{ code: string }>(mend, 'partner.myCard', {})).code;
  await call(mend, 'vault.lock', {});
  const alex = (await call<{ vaultId: string }>(mend, 'vault.create', { label: ALEX.label, passphrase: ALEX.passphrase })).vaultId;
  await call(mend, 'partner.setMyName', { name: 'Alex' });
  await call(mend, 'partner.importCard', { code: blairCard });
  await call(mend, 'partner.verify', {});
  const alexCard = (await call<{ code: string }>(mend, 'partner.myCard', {})).code;
  await call(mend, 'vault.lock', {});
  await call(mend, 'vault.unlock', { vaultId: blair, passphrase: BLAIR.passphrase });
  await call(mend, 'partner.importCard', { code: alexCard });
  await call(mend, 'partner.verify', {});
  await call(mend, 'vault.lock', {});
  return { alex, blair };
}

test.describe('conversations', () => {
  // A 24-hour locale, so times read "19:00" as planned.
  test.use({ viewport: { width: 1180, height: 860 }, timezoneId: 'Europe/Berlin', locale: 'en-GB' });

  test('a couple plans, prepares, holds a check-in with a pause, and its agreements come back next week', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s clock and file dialogs');
    test.setTimeout(120_000);
    const host = mend.host!;
    const { page } = mend;
    const lock = new LockScreen(page);
    const conv = new ConversationsPage(page);
    const partner = new PartnerPage(page);

    const vaults = await pairedCouple(mend);
    // The page's own clock is faked (running normally) so it can jump 20 minutes with the core's.
    await page.clock.install();
    await page.reload();
    await lock.unlock(ALEX.label, ALEX.passphrase);
    // Days are skipped below; a long idle lock keeps the journal open across them.
    await call(mend, 'vault.updateSettings', { idleLockMinutes: 240 });
    await createEntry(mend.invokeRaw, {
      kind: 'setback',
      title: 'The unanswered call',
      body: lexical('I called three times and you did not pick up.'),
      happenedOn: await dayFromToday(page, -3),
    });
    await createEntry(mend.invokeRaw, {
      kind: 'small-recovery',
      title: 'Tea on the balcony',
      body: lexical('You made me tea without asking. It helped.'),
      happenedOn: await dayFromToday(page, -1),
    });

    // ---- Plan: a weekly check-in, tomorrow at 19:00 ----
    await conv.open();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'Your first check-in' })).toBeVisible();
    await shoot(page, 'first-visit');
    await conv.startPlanning();
    const tomorrow = await dayFromToday(page, 1);
    await conv.fillPlan({
      purpose: PURPOSE,
      date: tomorrow,
      time: '19:00',
      duration: '45 minutes',
      repeat: 'Every week',
      reminder: '30 minutes before',
    });
    await expect(conv.main.getByText('Europe/Berlin')).toBeVisible();
    await expect(conv.main.locator('.conv-form__summary')).toContainText(/^Every week on \w+ at 19:00, for 45 minutes/);
    await expect(conv.main.getByText(/^A calendar entry says only “Mend: Weekly check-in”/)).toBeVisible();
    await shoot(page, 'schedule');
    await conv.submitPlan();
    await expect(conv.main.getByRole('status').filter({ hasText: 'Planned.' })).toBeVisible();
    const first = conv.occurrence('Tomorrow at 19:00');
    await expect(first).toContainText(PURPOSE);
    await expect(
      conv.main
        .getByRole('region', { name: 'Coming up' })
        .getByRole('listitem')
        .filter({ has: page.locator('.conv-day') }),
    ).toHaveCount(5);
    await shoot(page, 'upcoming');

    // The calendar file says only what kind of conversation it is.
    await conv.plan(PURPOSE).getByRole('button', { name: 'Add to calendar' }).click();
    await expect(conv.plan(PURPOSE)).toContainText('The entry only says “Mend: Weekly check-in”');
    const ics = readFileSync(join(host.dialogs.savedDir, 'Mend conversation.ics'), 'utf8');
    expect(ics).toContain('SUMMARY:Mend: Weekly check-in');
    expect(ics).toContain('RRULE:FREQ=WEEKLY');
    expect(ics).not.toContain(PURPOSE);

    // ---- Prepare, in private ----
    await conv.prepare(first);
    await conv.entry('The unanswered call').check();
    await conv.entry('Tea on the balcony').check();
    const draft = await conv.addIStatement('You never pick up when I call.');
    await expect(conv.nudge()).toBeVisible();
    await expect(draft).not.toHaveAttribute('aria-invalid', 'true');
    await draft.fill('I felt alone when the call went unanswered, because I need to know you are reachable.');
    await expect(conv.nudge()).toBeHidden();
    await conv.addIStatement('You’re always on your phone at dinner.');
    await expect(conv.nudge()).toBeVisible();
    await conv.main.getByLabel('What I appreciate about us lately').fill('You made tea on Thursday without being asked.');
    await conv.main.getByLabel('What I’d like to ask for').fill('A text if you’ll be more than 15 minutes late.');
    await conv.main.getByRole('radio', { name: 'Yes', exact: true }).click();
    await expect(conv.saved()).toBeVisible();
    await page.mouse.move(0, 0);
    await shoot(page, 'prepare');
    await conv.iStatement(2).fill('I feel lonely when phones come to dinner.');
    await conv.main.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(conv.saved()).toBeVisible();
    await conv.main.getByRole('radio', { name: 'Not yet' }).click();
    await expect(conv.main.getByRole('button', { name: 'Pick another time' })).toBeVisible();
    await expect(conv.main.getByRole('button', { name: 'Skip this one' })).toBeVisible();
    await conv.main.getByRole('radio', { name: 'Yes', exact: true }).click();

    // The share packet for this conversation, through the Partner feature's own flow.
    await conv.main.getByRole('button', { name: 'Prepare the share packet' }).click();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'Add notes and choose what travels' })).toBeVisible();
    await partner.writeNote('The unanswered call', 'I want to understand what that evening was like for you too.');
    await shoot(page, 'share-packet');
    await partner.preview('Blair');
    await partner.sealAndSave(host);
    await conv.main.getByRole('button', { name: 'Done' }).click();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'Prepare for your check-in' })).toBeVisible();
    await expect(conv.entry('The unanswered call')).toBeChecked();
    await expect(conv.iStatement(2)).toHaveValue('I feel lonely when phones come to dinner.');

    // ---- Blair shares an entry for the same conversation; Alex imports it ----
    const { items } = await call<{ items: { conversationId: string | null; startsAt: number }[] }>(mend, 'conversations.upcoming', {
      days: 14,
      pastDays: 0,
    });
    const conversationId = items[0]!.conversationId!;
    expect(conversationId).toMatch(/^[a-z0-9]{26}$/);
    await lock.lock();
    await call(mend, 'vault.unlock', { vaultId: vaults.blair, passphrase: BLAIR.passphrase });
    const before = new Set(readdirSync(host.dialogs.savedDir));
    const blairEntry = await createEntry(mend.invokeRaw, {
      kind: 'feeling',
      title: 'When the phone rang',
      body: lexical('I saw the calls later and felt awful.'),
      happenedOn: await dayFromToday(page, -3),
    });
    await call(mend, 'share.send', {
      conversationId,
      items: [{ entryId: blairEntry, note: 'My phone was in my bag. I am sorry it scared you.' }],
      fields: DEFAULT_SHARE_FIELDS,
    });
    const blairPacket = join(
      host.dialogs.savedDir,
      readdirSync(host.dialogs.savedDir).find((f) => !before.has(f) && f.endsWith('.mendpacket'))!,
    );
    await call(mend, 'vault.lock', {});
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await partner.open();
    await partner.importWithDialog(host, blairPacket, 'Blair');
    await expect(partner.importResult()).toContainText('Imported 1 entry from Blair');

    // ---- Hold it: calm start, turns, the agenda ----
    await conv.open();
    await conv.begin(conv.occurrence('Tomorrow at 19:00'));
    await expect(
      conv.hold.getByText('We’re on the same side. We’re here to understand, not to win. Either of us can call a pause.'),
    ).toBeVisible();
    await expect(conv.hold.getByRole('radio', { name: 'Alex' })).toBeChecked();
    await shoot(page, 'hold-start', '.conv-hold');
    await conv.startTalking();
    await expect(conv.speaker()).toHaveText('Alex');
    const agenda = conv.agenda();
    await expect(agenda).toContainText('The unanswered call');
    await expect(agenda).toContainText('Tea on the balcony');
    await expect(agenda).toContainText('When the phone rang');
    await expect(agenda).toContainText('My phone was in my bag. I am sorry it scared you.');
    await expect(conv.hold.getByRole('list', { name: 'Prompts for Blair' })).toContainText('What I heard you say is…');
    await expect(conv.hold.getByRole('timer')).toHaveText('Just started');
    await shoot(page, 'hold', '.conv-hold');
    // Five minutes in, a soft suggestion to switch appears; nothing rings, nothing switches by itself.
    host.clock.advance(5 * MIN);
    await page.clock.fastForward('05:01');
    await expect(conv.hold.getByRole('timer')).toHaveText('5 min');
    await expect(conv.hold.getByText(/^It’s been about five minutes\. When it feels right, you might switch/)).toBeVisible();
    await expect(conv.speaker()).toHaveText('Alex');
    await conv.switchTurns();
    await expect(conv.speaker()).toHaveText('Blair');
    await expect(conv.hold.getByRole('list', { name: 'Prompts for Alex' })).toBeVisible();

    // ---- The pause rule: at least 20 minutes, then both ready ----
    await conv.pause('20 minutes');
    await expect(conv.hold.getByText('20 minutes to go.')).toBeVisible();
    await expect(conv.hold.getByText(/^Breathe (in|out)…$/)).toBeVisible();
    await shoot(page, 'pause', '.conv-hold');
    // With reduced motion the circle stays still; only the words change.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await expect(conv.hold.locator('.conv-breath__circle')).toHaveCSS('transition-duration', '0s');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await conv.bothReady();
    await expect(
      conv.hold.getByRole('status').filter({ hasText: 'The pause lasts at least 20 minutes so both of you can settle.' }),
    ).toBeVisible();
    await expect(conv.breakHeading()).toBeVisible();
    host.clock.advance(20 * MIN + 1000);
    await page.clock.fastForward('20:01');
    await expect(conv.hold.getByText('It’s time, whenever you’re both ready.')).toBeVisible();
    await conv.bothReady();
    await expect(conv.speaker()).toHaveText('Blair');

    // ---- End, and write it down ----
    await conv.end();
    await conv.main.getByLabel('What went well, however small').fill('We both stayed in the room, and we took the break in time.');
    await conv.main.getByLabel('Notes for myself').fill('Hard, but kind. I felt heard about the calls.');
    const nextWeek = await dayFromToday(page, 8);
    await conv.addAgreement({ text: 'Text when running more than 15 minutes late', owner: 'Both of us', followUpOn: nextWeek });
    await conv.addAgreement({
      text: 'Phones stay in the hall at dinner',
      owner: 'Alex',
      dueOn: await dayFromToday(page, 7),
      followUpOn: nextWeek,
    });
    await conv.main.getByRole('button', { name: 'Close the conversation' }).click();
    await expect(conv.main.getByText('Thank you both for showing up.')).toBeVisible();
    await page.mouse.move(0, 0);
    await shoot(page, 'after');
    const held = await call<{ status: string; notes: string; wentWell: string; pauses: { endedAt: number | null }[] }>(
      mend,
      'conversations.get',
      { id: conversationId },
    );
    expect(held).toMatchObject({
      status: 'held',
      notes: 'Hard, but kind. I felt heard about the calls.',
      wentWell: 'We both stayed in the room, and we took the break in time.',
    });
    expect(held.pauses).toHaveLength(1);

    // ---- Next week: the open agreements are on the agenda ----
    await expect(conv.main.getByText(/^Your next check-in:/)).toBeVisible();
    await conv.main.getByRole('button', { name: 'Prepare for it' }).click();
    const open = conv.main.getByRole('region', { name: 'Open agreements from before' });
    await expect(open).toContainText('Text when running more than 15 minutes late');
    await expect(open).toContainText('Phones stay in the hall at dinner');
    await expect(open).toContainText('Both of us');
    await conv.main.getByRole('button', { name: 'All conversations' }).click();
    const heldItem = conv.occurrence(/Today at 19:00|Tomorrow at 19:00/).filter({ hasText: 'Held' });
    await expect(heldItem.getByRole('button', { name: 'Notes and agreements' })).toBeVisible();
  });

  test('a time that came and went is mentioned once, gently, with a way back in', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s clock');
    const host = mend.host!;
    const { page } = mend;
    const lock = new LockScreen(page);
    const conv = new ConversationsPage(page);
    const shell = new AppShell(page);

    await page.clock.install();
    await page.reload();
    await lock.createVault('Robin', 'quiet harbour lantern thistle');
    await conv.open(); // the first look: Mend starts remembering from here
    await call(mend, 'conversations.schedule', {
      kind: 'weekly-check-in',
      purpose: 'Talk about the weekend',
      startDate: await dayFromToday(page, 1),
      startTime: '19:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      everyWeeks: null,
      reminderMinutesBefore: null,
    });
    await lock.lock();
    host.clock.advance(3 * 24 * 60 * MIN);
    await page.clock.fastForward(3 * 24 * 60 * MIN);
    await lock.unlock('Robin', 'quiet harbour lantern thistle');

    // On opening Mend, the journal's home says it gently and offers the way there.
    await expect(page.getByText('A conversation you planned came and went')).toBeVisible();
    await page.getByRole('button', { name: 'Open Conversations' }).click();
    await expect(conv.dueNotice()).toHaveText(
      /^Your check-in (yesterday|on \w+) came and went — that’s okay\. Want to plan the next one\?$/,
    );
    await shoot(page, 'due-notice');
    await conv.main.getByRole('button', { name: 'Plan the next one' }).click();
    await expect(conv.main.getByRole('heading', { level: 2, name: 'Plan the next one' })).toBeVisible();
    await expect(conv.main.getByLabel('What is it for?')).toHaveValue('Talk about the weekend');

    await shell.navigateTo('Journal');
    await conv.open();
    await expect(conv.tab('Upcoming')).toBeVisible();
    await expect(conv.dueNotice()).toHaveCount(0);
    await expect(conv.occurrence('Talk about the weekend')).toContainText('Came and went — that’s okay');
  });

  test('not ready yet: this one moves to another time with its preparation, the next is skipped, kindly', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const conv = new ConversationsPage(page);
    await lock.createVault('Robin', 'quiet harbour lantern thistle');
    await call(mend, 'conversations.schedule', {
      kind: 'repair',
      purpose: 'Talk about Friday night',
      startDate: await dayFromToday(page, 2),
      startTime: '19:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 60,
      everyWeeks: 1,
      reminderMinutesBefore: 60,
    });
    await conv.open();
    await conv.prepare(conv.occurrence('Talk about Friday night').first());
    await conv.addIStatement('I felt shut out when the door closed.');
    await conv.main.getByRole('radio', { name: 'Not yet' }).click();
    await conv.main.getByLabel('A note to myself (optional)').fill('A walk first would help.');
    await expect(conv.saved()).toBeVisible();
    await conv.main.getByRole('button', { name: 'Pick another time' }).click();
    const moveTo = await dayFromToday(page, 3);
    await conv.main.getByLabel('New date').fill(moveTo);
    await conv.main.getByLabel('New time').fill('20:30');
    await expect(conv.main.getByRole('radio', { name: 'Just this once' })).toBeChecked();
    await page.mouse.move(0, 0);
    await shoot(page, 'not-ready');
    await conv.main.getByRole('button', { name: 'Move it' }).click();
    await expect(
      conv.main.getByRole('status').filter({ hasText: /^Moved to .* at 20:30\. Your preparation moved with it\.$/ }),
    ).toBeVisible();

    // The original time reads as skipped; the one-off at 20:30 carries the preparation.
    await expect(conv.occurrence('Talk about Friday night').filter({ hasText: 'at 19:00' }).first()).toContainText('Skipped');
    const moved = conv.occurrence('at 20:30');
    await expect(moved).toHaveCount(1);
    await conv.prepare(moved);
    await expect(conv.iStatement(1)).toHaveValue('I felt shut out when the door closed.');
    await expect(conv.main.getByLabel('A note to myself (optional)')).toHaveValue('A walk first would help.');

    // The next weekly one is simply skipped.
    await conv.main.getByRole('button', { name: 'All conversations' }).click();
    await conv.prepare(
      conv.occurrence('Talk about Friday night').filter({ hasText: 'at 19:00' }).filter({ hasNotText: 'Skipped' }).first(),
    );
    await conv.main.getByRole('radio', { name: 'Not yet' }).click();
    await conv.main.getByRole('button', { name: 'Skip this one' }).click();
    await expect(
      conv.main.getByRole('status').filter({ hasText: 'Skipped for now. It’s better to talk when you can both listen.' }),
    ).toBeVisible();
    await expect(conv.occurrence('Talk about Friday night').filter({ hasText: 'Skipped' })).toHaveCount(2);
  });

  test('agreements change status with their history, and boundaries are kept, crossed, revisited and removed', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const conv = new ConversationsPage(page);
    await lock.createVault('Robin', 'quiet harbour lantern thistle');
    await conv.open();

    // Agreements, outside any conversation; names fall back to plain words before pairing.
    await conv.openTab('Agreements');
    await expect(conv.main.getByText('No agreements yet.')).toBeVisible();
    await conv.main.getByRole('button', { name: 'Add an agreement' }).click();
    await conv.addAgreement({ text: 'Phone-free dinners', owner: 'Both of us' });
    await conv.main.getByRole('button', { name: 'Add an agreement' }).click();
    await conv.addAgreement({ text: 'A walk on Saturday', owner: 'Me' });
    await conv.setAgreementStatus('A walk on Saturday', 'We kept it', 'We went to the lake.');
    await conv.setAgreementStatus('Phone-free dinners', 'It didn’t happen this time', 'A busy week.');
    await conv.setAgreementStatus('Phone-free dinners', 'We’re changing it', 'Weekends only.');
    const dinners = conv.agreement('Phone-free dinners');
    await expect(dinners.locator('.conv-status')).toHaveText('Renegotiated');
    await dinners.getByText('History (2 changes)').click();
    await expect(dinners.getByRole('listitem')).toHaveText([/^Open/, /^Missed.*“A busy week\.”/, /^Renegotiated.*“Weekends only\.”/]);
    const filter = conv.main.getByRole('radiogroup', { name: 'Show agreements' });
    await filter.getByRole('radio', { name: 'Kept', exact: true }).click();
    await expect(conv.agreement('A walk on Saturday')).toBeVisible();
    await expect(conv.agreement('Phone-free dinners')).toHaveCount(0);
    await filter.getByRole('radio', { name: 'All', exact: true }).click();
    await expect(conv.agreement('Phone-free dinners')).toBeVisible();
    await page.mouse.move(0, 0);
    await shoot(page, 'agreements');

    // Boundaries: one due for a fresh look, crossed once and repaired, edited, then removed.
    await conv.openTab('Boundaries');
    await conv.main.getByRole('button', { name: 'Add a boundary' }).click();
    const add = conv.main.getByRole('form', { name: 'Add a boundary' });
    await add.getByLabel('Area').selectOption({ label: 'Privacy' });
    await add.getByLabel('The boundary').fill('We ask before reading each other’s messages.');
    await add.getByLabel('Agreed on').fill('2026-01-05');
    await add.getByLabel('Revisit on (optional)').fill('2026-03-01');
    await add.getByRole('button', { name: 'Add boundary' }).click();
    const privacy = conv.boundary('We ask before reading');
    await expect(privacy).toContainText('Time to revisit');
    await privacy.getByRole('button', { name: 'Record a crossing' }).click();
    await privacy.getByLabel('What happened').fill('I looked at a message without asking.');
    await privacy.getByLabel('Plan for making it right').fill('I told you straight away and we talked it through.');
    await privacy.getByLabel('What we commit to now').fill('Ask first, always.');
    await privacy.getByRole('button', { name: 'Save', exact: true }).click();
    await privacy.getByText('Crossed once — and repaired').click();
    await expect(privacy).toContainText('Ask first, always.');
    await page.mouse.move(0, 0);
    await shoot(page, 'boundaries');
    await privacy.getByRole('button', { name: 'Edit' }).click();
    await privacy.getByLabel('Revisit on (optional)').fill('2099-01-01');
    await privacy.getByRole('button', { name: 'Save changes' }).click();
    await expect(privacy).not.toContainText('Time to revisit');
    await privacy.getByRole('button', { name: 'Remove…' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove this boundary?' });
    await confirm.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(confirm).toBeHidden();
    await expect(conv.main.getByText('No boundaries written down yet.')).toBeVisible();
  });
});
