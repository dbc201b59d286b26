import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { AppShell, SECTION_NAMES } from './pages/AppShell';
import { LockScreen } from './pages/LockScreen';

const SHOTS = 'test-results/screenshots';
const SCHEMES = ['light', 'dark'] as const;
const PASSPHRASE = 'quiet harbour lantern thistle';

async function shoot(page: Page, name: string): Promise<void> {
  // Finish entrance animations and colour transitions, so the picture shows the resting state.
  await page.screenshot({ path: `${SHOTS}/${name}.png`, animations: 'disabled' });
}

test.describe('app frame', () => {
  test.use({ viewport: { width: 1180, height: 800 } });

  test('first run, creating a journal and every section, in light and dark', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);

    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Mend' })).toBeVisible();
      await shoot(page, `welcome-${colorScheme}`);
    }

    await page.emulateMedia({ colorScheme: 'light' });
    await page.getByRole('button', { name: 'Create your journal' }).click();
    await page.getByLabel('Label', { exact: true }).fill('Robin');
    await page.getByLabel('Passphrase', { exact: true }).fill('robin1234');
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuetext', /.+/);
    await expect(page.getByRole('button', { name: 'Create journal' })).toBeDisabled();
    await shoot(page, 'create-weak-light');
    await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(PASSPHRASE);
    await expect(page.getByRole('meter', { name: 'Passphrase strength' })).toHaveAttribute('aria-valuenow', /[34]/);
    await expect(page.getByRole('button', { name: 'Create journal' })).toBeEnabled();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `create-ready-${colorScheme}`);
    }
    await page.getByRole('button', { name: 'Create journal' }).click();

    const key = await lock.readRecoveryKey();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `recovery-key-${colorScheme}`);
    }
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await shoot(page, 'recovery-key-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: /kept it safe/ }).click();
    for (const input of await page.getByLabel(/^Group \d$/).all()) await input.fill('ZZZZ');
    await page.getByRole('button', { name: 'Confirm and open my journal' }).click();
    await expect(page.getByRole('alert')).toContainText('match');
    await shoot(page, 'recovery-confirm-mismatch-light');
    await page.getByRole('button', { name: 'Show the key again' }).click();
    await lock.confirmRecoveryKey(key, 'Confirm and open my journal');
    await shell.expectOpen();

    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      for (const section of SECTION_NAMES) {
        await shell.navigateTo(section);
        await expect(shell.navLink(section)).toHaveAttribute('aria-current', 'page');
        for (const other of SECTION_NAMES.filter((s) => s !== section)) {
          await expect(shell.navLink(other)).not.toHaveAttribute('aria-current', 'page');
        }
        await shoot(page, `section-${section.toLowerCase()}-${colorScheme}`);
      }
    }
    await expect(page.getByRole('contentinfo')).toHaveText('Mend supports, and does not replace, a couples therapist.');
  });

  test('keyboard: skip link, arrow keys in the navigation, Ctrl+L locks', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    const shell = new AppShell(page);
    await lock.createVault('Robin', PASSPHRASE);

    // Straight after unlocking, the first Tab lands on the skip link, which jumps past the navigation.
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await page.emulateMedia({ colorScheme: 'light' });
    await shoot(page, 'keyboard-skip-link-light');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);

    // Arrow keys move between sections; Enter opens one and its heading takes focus.
    await shell.navLink('Journal').focus();
    await page.keyboard.press('ArrowDown');
    await expect(shell.navLink('Conversations')).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(shell.navLink('Partner')).toBeFocused();
    await shoot(page, 'keyboard-nav-focus-light');
    await page.keyboard.press('Enter');
    await expect(shell.navLink('Partner')).toHaveAttribute('aria-current', 'page');
    await expect(shell.heading('Partner')).toBeFocused();

    // Tab also walks the navigation in order.
    await shell.navLink('Journal').focus();
    await page.keyboard.press('Tab');
    await expect(shell.navLink('Conversations')).toBeFocused();

    await page.keyboard.press('Control+l');
    await lock.expectVisible();
    await expect(page.getByText('Your private entries will live here')).toHaveCount(0);
  });

  test('the lock screen says kindly why Mend locked itself', async ({ mend }) => {
    test.skip(mend.host === null, 'needs the browser host to fire OS events');
    const { page } = mend;
    const lock = new LockScreen(page);
    await lock.createVault('Robin', PASSPHRASE);
    mend.host!.power.fire('lock-screen');
    await lock.expectVisible();
    await expect(page.getByText('Mend locked when your computer’s screen locked, to keep your words private.')).toBeVisible();
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await shoot(page, `lock-screen-os-lock-${colorScheme}`);
    }
  });
});
