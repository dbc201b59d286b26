import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { AppShell } from './pages/AppShell';
import { LockScreen } from './pages/LockScreen';

const SHOTS = 'test-results/screenshots';
const ROBIN = 'quiet harbour lantern thistle';
const SAM = 'copper meadow violin orbit';

test.describe('vault', () => {
  test.use({ viewport: { width: 1180, height: 800 } });

  test('create, keep the recovery key, lock, a wrong passphrase, then unlock', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);

    await page.getByRole('button', { name: 'Create your journal' }).click();
    await page.getByLabel('Label', { exact: true }).fill('Robin');
    await page.getByLabel('Passphrase', { exact: true }).fill(ROBIN);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(ROBIN);
    await page.getByRole('button', { name: 'Create journal' }).click();

    const key = await lock.readRecoveryKey();
    if (mend.host) {
      await page.getByRole('button', { name: 'Save to file' }).click();
      await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
      const saved = readdirSync(mend.host.dialogs.savedDir);
      expect(saved).toEqual(['Mend recovery key.txt']);
      const text = readFileSync(join(mend.host.dialogs.savedDir, saved[0]!), 'utf8');
      expect(text).toContain(key);
      expect(text).toContain('forget your passphrase');
    }
    await lock.confirmRecoveryKey(key, 'Confirm and open my journal');
    await shell.expectOpen();
    await expect(page.getByText('Robin', { exact: true })).toBeVisible();

    // Nothing the app knows may sit in web storage.
    const storage = await page.evaluate(() => localStorage.length + sessionStorage.length);
    expect(storage).toBe(0);

    await lock.lock();
    await expect(page.getByRole('button', { name: 'Confirm and open my journal' })).toHaveCount(0);
    await expect(page.getByText(key.split('-')[0]!)).toHaveCount(0);

    await lock.tryUnlock('Robin', 'not the right words at all');
    await expect(lock.alert).toContainText('did not open this journal');
    await expect(lock.passphrase).toBeFocused();
    await expect(lock.passphrase).toHaveValue('');
    await page.screenshot({ path: `${SHOTS}/unlock-wrong-passphrase-light.png`, animations: 'disabled' });

    await lock.unlock('Robin', ROBIN);
    await shell.expectOpen();
  });

  test('after several wrong tries the core asks for a pause, shown as a countdown', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    await lock.createVault('Robin', ROBIN);
    await lock.lock();
    for (let i = 0; i < 5; i++) {
      await lock.tryUnlock('Robin', `wrong guess number ${i}`);
      await expect(lock.alert).toContainText('did not open this journal');
    }
    await expect(page.getByText(/You can try again in \d+:\d\d/)).toBeVisible();
    await expect(lock.unlockButton).toBeDisabled();
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/unlock-throttled-dark.png`, animations: 'disabled' });
  });

  test('unlock with the recovery key, then choose a new passphrase', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const key = await lock.createVault('Robin', ROBIN);
    await lock.lock();

    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await lock.chooseVault('Robin');
    await page.getByLabel('Recovery key', { exact: true }).fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH');
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await expect(lock.alert).toContainText('does not open this journal');
    await page.getByRole('button', { name: 'Use passphrase instead' }).click();

    // Lower case and spaces are fine: the key is read the way a person would copy it.
    const newPassphrase = 'amber willow canyon ferry';
    await lock.unlockWithRecoveryKey('Robin', key.toLowerCase().replaceAll('-', ' '), newPassphrase);
    await lock.lock();

    await lock.tryUnlock('Robin', ROBIN);
    await expect(lock.alert).toContainText('did not open this journal');
    await lock.unlock('Robin', newPassphrase);
  });

  test('choosing a new passphrase comes before anything else', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const key = await lock.createVault('Robin', ROBIN);
    await lock.lock();
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByLabel('Recovery key', { exact: true }).fill(key);
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Sections' })).toHaveCount(0);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.screenshot({ path: `${SHOTS}/choose-new-passphrase-light.png`, animations: 'disabled' });
    await page.getByRole('button', { name: 'Lock without changing it' }).click();
    await lock.expectVisible();
  });

  test('auto-lock after a quiet minute', async ({ mend }) => {
    test.skip(mend.host === null, 'needs the browser host to move the clock');
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);
    await lock.createVault('Robin', ROBIN);

    await shell.navigateTo('Settings');
    const minutes = page.getByLabel('Lock after this many minutes without activity');
    // Settings has several cards with a Save button; use the auto-lock one.
    const save = page.locator('form').filter({ has: minutes }).getByRole('button', { name: 'Save', exact: true });
    await minutes.fill('0');
    await save.click();
    await expect(lock.alert).toContainText('from 1 to 240');
    await minutes.fill('1');
    await save.click();
    await expect(page.getByText('Saved. Mend will lock after 1 minute without activity.')).toBeVisible();

    mend.host!.clock.advance(61_000);
    await lock.expectVisible();
    await expect(page.getByText('Mend locked itself after a quiet while, to keep your words private.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Settings' })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/lock-screen-idle-light.png`, animations: 'disabled' });

    // The setting belongs to the journal and is still there after unlocking.
    await lock.unlock('Robin', ROBIN);
    await shell.navigateTo('Settings');
    await expect(page.getByLabel('Lock after this many minutes without activity')).toHaveValue('1');
  });

  test('suspend locks too', async ({ mend }) => {
    test.skip(mend.host === null, 'needs the browser host to fire OS events');
    const { page } = mend;
    const lock = new LockScreen(page);
    await lock.createVault('Robin', ROBIN);
    mend.host!.power.fire('suspend');
    await lock.expectVisible();
    await expect(page.getByText('Mend locked when your computer went to sleep, to keep your words private.')).toBeVisible();
  });

  test('two journals on one computer each open only with their own passphrase', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);

    await lock.createVault('Robin', ROBIN);
    await lock.lock();
    await lock.createVault('Sam', SAM);
    await expect(page.getByText('Sam', { exact: true })).toBeVisible();
    await lock.lock();

    await expect(lock.vaultOption('Robin')).toBeVisible();
    await expect(lock.vaultOption('Sam')).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/lock-screen-two-journals-light.png`, animations: 'disabled' });

    await lock.tryUnlock('Robin', SAM);
    await expect(lock.alert).toContainText('did not open this journal');
    await lock.tryUnlock('Sam', ROBIN);
    await expect(lock.alert).toContainText('did not open this journal');

    await lock.unlock('Robin', ROBIN);
    await expect(shell.page.getByText('Robin', { exact: true })).toBeVisible();
    await lock.lock();
    await lock.unlock('Sam', SAM);
    await expect(shell.page.getByText('Sam', { exact: true })).toBeVisible();
  });

  test('settings: change the passphrase and get a new recovery key', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);
    const oldKey = await lock.createVault('Robin', ROBIN);
    await shell.navigateTo('Settings');

    const next = 'lichen orchard pebble tide';
    await page.getByLabel('Current passphrase', { exact: true }).fill('wrong current words');
    await page.getByLabel('New passphrase', { exact: true }).fill(next);
    await page.getByLabel('Confirm new passphrase', { exact: true }).fill(next);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(lock.alert).toContainText('not your current passphrase');
    await page.getByLabel('Current passphrase', { exact: true }).fill(ROBIN);
    await page.getByRole('button', { name: 'Change passphrase' }).click();
    await expect(page.getByText('Your passphrase has been changed.')).toBeVisible();

    await page.getByRole('button', { name: 'Get a new recovery key' }).click();
    const dialog = page.getByRole('dialog');
    await expect(dialog.getByRole('heading', { name: 'Get a new recovery key' })).toBeVisible();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(next);
    await dialog.getByRole('button', { name: 'Make a new key' }).click();
    const newKey = await lock.readRecoveryKey();
    expect(newKey).not.toBe(oldKey);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: `${SHOTS}/settings-new-recovery-key-dark.png`, animations: 'disabled' });
    // Escape must not close it: the old key is already gone.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeVisible();
    await lock.confirmRecoveryKey(newKey, 'Confirm');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Your new recovery key is ready. The old one no longer works.')).toBeVisible();

    await lock.lock();
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await page.getByLabel('Recovery key', { exact: true }).fill(oldKey);
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();
    await expect(lock.alert).toContainText('does not open this journal');
    await page.getByRole('button', { name: 'Use passphrase instead' }).click();
    await lock.unlock('Robin', next);
  });
});
