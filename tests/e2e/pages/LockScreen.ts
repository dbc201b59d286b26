import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

/**
 * Everything before a journal is open: welcome, create (with the recovery key and its check),
 * unlock with a passphrase or the recovery key, and the required new passphrase after recovery.
 */
export class LockScreen {
  readonly unlockButton: Locator;
  readonly passphrase: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
    this.passphrase = page.getByLabel('Passphrase', { exact: true });
    this.alert = page.getByRole('alert');
  }

  vaultOption(label: string): Locator {
    return this.page.getByRole('radio', { name: label, exact: true });
  }

  async expectVisible(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible();
  }

  /** From the first-run welcome or the lock screen: create, keep and confirm the recovery key. Returns the key. */
  async createVault(label: string, passphrase: string): Promise<string> {
    const page = this.page;
    const first = page.getByRole('button', { name: 'Create your journal' });
    const another = page.getByRole('button', { name: 'Create a new journal' });
    await expect(first.or(another)).toBeVisible();
    await ((await first.isVisible()) ? first : another).click();

    await page.getByLabel('Label', { exact: true }).fill(label);
    await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
    const create = page.getByRole('button', { name: 'Create journal' });
    await expect(create).toBeEnabled();
    await create.click();

    const recoveryKey = await this.readRecoveryKey();
    await this.confirmRecoveryKey(recoveryKey, 'Confirm and open my journal');
    await new AppShell(page).expectOpen();
    return recoveryKey;
  }

  /** Reads the key off the show-once sheet (eight groups of four). */
  async readRecoveryKey(): Promise<string> {
    const groups = this.page.getByTestId('recovery-key-group');
    await expect(groups).toHaveCount(8);
    const key = (await groups.allTextContents()).map((g) => g.trim()).join('-');
    expect(key).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    return key;
  }

  /** Goes from the sheet to the check, and types back the two groups the screen asks for. */
  async confirmRecoveryKey(recoveryKey: string, confirmLabel: string): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: /kept it safe/ }).click();
    const labels = page.locator('label').filter({ hasText: /^Group \d$/ });
    await expect(labels).toHaveCount(2);
    const groups = recoveryKey.split('-');
    for (const text of await labels.allTextContents()) {
      const n = Number(text.replace('Group ', ''));
      await page.getByLabel(text, { exact: true }).fill(groups[n - 1]!);
    }
    await page.getByRole('button', { name: confirmLabel, exact: true }).click();
  }

  async chooseVault(label: string): Promise<void> {
    const option = this.vaultOption(label);
    await expect(option).toBeVisible();
    if ((await option.getAttribute('aria-checked')) !== 'true') await option.click();
    await expect(option).toHaveAttribute('aria-checked', 'true');
  }

  /** Types the passphrase and presses Unlock, without waiting for the outcome. */
  async tryUnlock(label: string, passphrase: string): Promise<void> {
    await this.chooseVault(label);
    await this.passphrase.fill(passphrase);
    await this.unlockButton.click();
  }

  async unlock(label: string, passphrase: string): Promise<void> {
    await this.tryUnlock(label, passphrase);
    await new AppShell(this.page).expectOpen();
  }

  async unlockWithRecoveryKey(label: string, recoveryKey: string, newPassphrase: string): Promise<void> {
    const page = this.page;
    await page.getByRole('button', { name: 'Use recovery key instead' }).click();
    await this.chooseVault(label);
    await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
    await page.getByRole('button', { name: 'Unlock with recovery key' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Choose a new passphrase' })).toBeVisible();
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Confirm new passphrase', { exact: true }).fill(newPassphrase);
    await page.getByRole('button', { name: 'Save new passphrase' }).click();
    await new AppShell(page).expectOpen();
  }

  /** Locks from inside the journal and waits for this screen. */
  async lock(): Promise<void> {
    await new AppShell(this.page).lock();
    await this.expectVisible();
  }
}
