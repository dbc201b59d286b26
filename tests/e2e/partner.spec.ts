import { readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { LockScreen } from './pages/LockScreen';
import { createEntry, lexical, PartnerPage } from './pages/PartnerPage';

const SHOTS = 'test-results/screenshots';
const SCHEMES = ['light', 'dark'] as const;
const ALEX = { label: 'Alex', passphrase: 'alex walks the river path at dawn' };
const BLAIR = { label: 'Blair', passphrase: 'blair paints the morning light slowly' };
const NOTE = 'I wasn’t trying to punish you. I was scared, and I went quiet.';

/**
 * Both colour schemes of the same moment, then back to light. The shell scrolls inside its
 * content pane, not the document, so the window is made as tall as the page for the picture.
 */
async function shoot(page: Page, name: string): Promise<void> {
  const size = page.viewportSize()!;
  const height = await page.evaluate(() => document.querySelector('[data-scroll-root]')?.scrollHeight ?? 0);
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.min(height + 40, 4000)) });
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    await page.screenshot({ path: `${SHOTS}/partner-${name}-${colorScheme}.png`, animations: 'disabled' });
  }
  await page.setViewportSize(size);
  await page.emulateMedia({ colorScheme: 'light' });
}

// Two partners on one computer (one data directory): each has a journal, taking turns to unlock.
test.describe('partner: pairing, sharing and receiving', () => {
  test.use({ viewport: { width: 1180, height: 860 } });

  test('two partners pair, share two entries with a note, and the packet imports once', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s file dialogs');
    const host = mend.host!;
    const { page } = mend;
    const lock = new LockScreen(page);
    const partner = new PartnerPage(page);

    // Alex: a journal, a name, a card.
    await lock.createVault(ALEX.label, ALEX.passphrase);
    await partner.open();
    await expect(partner.main.getByRole('heading', { name: 'Compare the safety phrase' })).toBeVisible();
    await partner.setMyName('Alex');
    const alexCard = await partner.myCardCode();
    await lock.lock();

    // Blair: adds Alex's card and sees the phrase.
    await lock.createVault(BLAIR.label, BLAIR.passphrase);
    await partner.open();
    await partner.setMyName('Blair');
    const blairCard = await partner.myCardCode();
    await partner.addPartnerCard('MEND-CARD-1:not-a-real-card');
    await expect(partner.main.getByRole('alert')).toContainText('partner card');
    await partner.addPartnerCard(alexCard);
    // Keyboard and screen-reader users land on the words, the next thing to read.
    await expect(partner.safetyPhrase()).toBeFocused();
    const blairSees = await partner.safetyWords();
    await expect(partner.main.getByText('Sit together or call, and read these words to each other.')).toBeVisible();
    await shoot(page, 'safety-phrase');
    await partner.markVerified('Alex');
    await lock.lock();

    // Alex: adds Blair's card; the same six words appear.
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await partner.open();
    await partner.addPartnerCard(blairCard);
    expect(await partner.safetyWords()).toEqual(blairSees);
    await partner.markVerified('Blair');

    // Two entries, written straight through the contract.
    await createEntry(mend.invokeRaw, {
      kind: 'setback',
      title: 'The argument about the phone',
      body: lexical('When I saw the message, my chest went tight.', 'I said things I did not mean.'),
      mood: 2,
      emotions: ['hurt', 'afraid'],
      tags: ['private-shorthand'],
      happenedOn: '2026-06-12',
    });
    await createEntry(mend.invokeRaw, {
      kind: 'small-recovery',
      title: 'Walking by the river',
      body: lexical('We walked without talking much, and it felt okay.'),
      mood: 4,
      emotions: ['hopeful', 'calm'],
      happenedOn: '2026-06-14',
    });

    // Share them, with a note on one; tags stay behind by default.
    await partner.startShare('Blair');
    await partner.entryCheckbox('The argument about the phone').check();
    await shoot(page, 'share-choose');
    await partner.chooseEntries('Walking by the river');
    await partner.writeNote('The argument about the phone', NOTE);
    await shoot(page, 'share-prepare');
    await expect(partner.shareField('Tags')).not.toBeChecked();
    await expect(partner.shareField('What you wrote')).toBeChecked();
    const preview = await partner.preview('Blair');
    await expect(preview.getByRole('article')).toHaveCount(2);
    await expect(preview).toContainText(NOTE);
    await expect(preview).toContainText('What Alex would like you to understand');
    await expect(preview).toContainText('When I saw the message, my chest went tight.');
    await expect(preview).not.toContainText('private-shorthand');
    await expect(partner.main.getByText('Once your partner has this file, it cannot be recalled.')).toBeVisible();
    await shoot(page, 'share-preview');
    const packet = await partner.sealAndSave(host);
    await expect(partner.main).toContainText('USB stick');
    await shoot(page, 'share-done');
    await partner.main.getByRole('button', { name: 'Done' }).click();

    // The share log names what went.
    const log = partner.main.getByRole('region', { name: 'What you’ve shared' });
    await expect(log).toContainText('2 entries with Blair');
    await expect(log).toContainText('The argument about the phone');
    await expect(log).toContainText('No conversation');
    await expect(log).toContainText('Shared copies cannot be recalled.');
    await shoot(page, 'share-log');
    await partner.openTab('Pairing');
    await expect(partner.safetyPhrase()).toBeVisible();
    await shoot(page, 'pairing-tab');
    await lock.lock();

    // Blair opens the packet through the dialog.
    await lock.unlock(BLAIR.label, BLAIR.passphrase);
    await partner.open();
    await expect(partner.tab('From Alex')).toHaveAttribute('aria-selected', 'true');
    await expect(partner.main.getByText('Nothing from Alex yet')).toBeVisible();
    await shoot(page, 'received-empty');
    await partner.importWithDialog(host, packet, 'Alex');
    await expect(partner.importResult()).toContainText('Imported 2 entries from Alex');
    const argument = partner.receivedEntry('The argument about the phone');
    await expect(argument).toContainText(NOTE);
    await expect(argument).toContainText('I said things I did not mean.');
    await expect(partner.receivedEntry('Walking by the river')).toBeVisible();

    // A private reflection saves quietly and survives a lock.
    await argument.getByLabel('My reflection').fill('I didn’t know it felt like that for you.');
    await expect(argument.getByText('Saved', { exact: true })).toBeVisible();
    await page.mouse.move(0, 0);
    await shoot(page, 'received');

    // The same packet again, dropped this time: nothing new, and it says so.
    await partner.dropPacket(packet);
    await expect(partner.importResult()).toContainText('already imported');
    await expect(partner.receivedEntries('Alex')).toHaveCount(2);

    await lock.lock();
    await lock.unlock(BLAIR.label, BLAIR.passphrase);
    await partner.open();
    await expect(partner.receivedEntry('The argument about the phone').getByLabel('My reflection')).toHaveValue(
      'I didn’t know it felt like that for you.',
    );
  });

  test('a phrase that doesn’t match leads to unpairing, confirmed first', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const partner = new PartnerPage(page);

    await lock.createVault(ALEX.label, ALEX.passphrase);
    await partner.open();
    await partner.setMyName('Alex');
    const alexCard = await partner.myCardCode();
    await lock.lock();
    await lock.createVault(BLAIR.label, BLAIR.passphrase);
    await partner.open();
    await partner.addPartnerCard(alexCard);
    await expect(partner.safetyPhrase()).toBeVisible();

    await partner.main.getByRole('button', { name: 'They don’t match' }).click();
    await expect(partner.main.getByRole('alert')).toContainText('Please don’t share anything yet');
    await partner.main.getByRole('alert').getByRole('button', { name: 'Unpair from Alex…' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Unpair from Alex?' });
    await expect(dialog).toBeVisible();
    await shoot(page, 'unpair-dialog');
    await dialog.getByRole('button', { name: 'Unpair', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(partner.announcement()).toContainText('Unpaired from Alex');
    await expect(partner.announcement()).toBeFocused();
    await expect(partner.safetyPhrase()).toBeHidden();
    await expect(partner.main.getByLabel(/^Paste .* card code$/)).toBeVisible();
  });

  test('when a verified partner’s keys change, a calm notice asks to compare again', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const partner = new PartnerPage(page);

    await lock.createVault(ALEX.label, ALEX.passphrase);
    await partner.open();
    await partner.setMyName('Alex');
    const oldCard = await partner.myCardCode();
    await lock.lock();
    // "Alex" again, on a fresh journal: same name, new keys (as after a reinstall).
    await lock.createVault('Alex, new laptop', 'alex starts over with a new laptop');
    await partner.open();
    await partner.setMyName('Alex');
    const newCard = await partner.myCardCode();
    await lock.lock();

    await lock.createVault(BLAIR.label, BLAIR.passphrase);
    await partner.open();
    await partner.addPartnerCard(oldCard);
    const before = await partner.safetyWords();
    await partner.markVerified('Alex');
    await partner.openTab('Pairing');
    await partner.main.getByRole('button', { name: 'Add a new card from Alex' }).click();
    await partner.addPartnerCard(newCard);

    await expect(partner.main.getByText('Alex’s keys have changed')).toBeVisible();
    await expect(partner.main).toContainText('compare the safety phrase together again');
    expect(await partner.safetyWords()).not.toEqual(before);
    await expect(partner.tab('From Alex')).toBeHidden();
    await shoot(page, 'key-changed');
    await partner.markVerified('Alex');
    await expect(partner.main.getByText('Alex’s keys have changed')).toBeHidden();
  });
});

test.describe('sharing straight from an entry', () => {
  test('an entry page opens the previewed share flow with that entry chosen', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s file dialogs');
    const host = mend.host!;
    const { page } = mend;
    const lock = new LockScreen(page);
    const call = async (channel: string, input: unknown) => {
      const r = await host.core.dispatch(channel, input);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };

    // Alex in the app; Blair made and paired behind the scenes through the same contract.
    await lock.createVault(ALEX.label, ALEX.passphrase);
    await call('partner.setMyName', { name: 'Alex' });
    const alexCard = (await call('partner.myCard', {})).code as string;
    await lock.lock();
    await call('vault.create', { label: BLAIR.label, passphrase: BLAIR.passphrase });
    await call('partner.setMyName', { name: 'Blair' });
    await call('partner.importCard', { code: alexCard });
    await call('partner.verify', {});
    const blairCard = (await call('partner.myCard', {})).code as string;
    await call('vault.lock', {});
    await page.reload();
    await lock.unlock(ALEX.label, ALEX.passphrase);
    await call('partner.importCard', { code: blairCard });
    await call('partner.verify', {});
    await createEntry(mend.invokeRaw, { title: 'After the dinner', body: lexical('I went quiet because I was scared.') });

    await page.reload();
    await page
      .getByRole('article', { name: /After the dinner/ })
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('button', { name: 'Share…' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { level: 2, name: 'Add notes and choose what travels' })).toBeVisible();
    await dialog.getByLabel(/What I’d like you to understand/).fill(NOTE);
    await dialog.getByRole('button', { name: 'Preview what Blair will see' }).click();
    await expect(dialog.getByTestId('share-preview')).toContainText(NOTE);
    await expect(dialog.getByText('Once your partner has this file, it cannot be recalled.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Seal and save packet' }).click();
    await expect(dialog.getByRole('heading', { level: 2, name: 'Sealed and saved' })).toBeVisible();
    expect(readdirSync(host.dialogs.savedDir).filter((f) => f.endsWith('.mendpacket'))).toHaveLength(1);
  });
});
