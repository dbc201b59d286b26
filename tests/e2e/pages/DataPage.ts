import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type ExportFormat = 'Markdown files, in a zip' | 'One JSON file';
export type ImportSource = 'A Day One export' | 'A folder of Markdown files' | 'A Mend export';

/** Settings › Backups, Export and Import. */
export class DataPage {
  readonly main: Locator;
  readonly backups: Locator;
  readonly exportCard: Locator;
  readonly importCard: Locator;
  readonly restoreDialog: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.backups = this.main.getByRole('region', { name: 'Backups', exact: true });
    this.exportCard = this.main.getByRole('region', { name: 'Export', exact: true });
    this.importCard = this.main.getByRole('region', { name: 'Import', exact: true });
    this.restoreDialog = page.getByRole('alertdialog', { name: 'Restore this backup?' });
  }

  async open(): Promise<void> {
    await new AppShell(this.page).navigateTo('Settings');
    await expect(this.backups).toBeVisible();
  }

  get exportButton(): Locator {
    return this.exportCard.getByRole('button', { name: 'Export…' });
  }

  /** Chooses the format, ticks the "not encrypted" box and exports; waits for the outcome. */
  async exportAs(format: ExportFormat, opts: { includeTrash?: boolean } = {}): Promise<Locator> {
    await this.exportCard.getByRole('radio', { name: format }).check();
    if (opts.includeTrash) await this.exportCard.getByRole('checkbox', { name: 'Include entries in the Trash' }).check();
    await expect(this.exportButton).toBeDisabled();
    await this.exportCard.getByRole('checkbox', { name: 'I understand this file will not be encrypted' }).check();
    await this.exportButton.click();
    const status = this.exportCard.getByRole('status');
    await expect(status).toContainText(/Saved \d+ entr|Nothing was saved/);
    return status;
  }

  async makeBackup(): Promise<void> {
    await this.backups.getByRole('button', { name: 'Make a backup now' }).click();
    await expect(this.backups.getByRole('status').filter({ hasText: 'Backup made' })).toBeVisible();
  }

  /** The listed backups, newest first. */
  backupItems(): Locator {
    return this.backups.getByRole('list', { name: 'Backups, newest first' }).getByRole('listitem');
  }

  /** Opens the restore dialog for the first backup whose line matches. */
  async startRestore(matching: string | RegExp): Promise<void> {
    await this.backupItems()
      .filter({ hasText: matching })
      .first()
      .getByRole('button', { name: /^Restore the backup from/ })
      .click();
    await expect(this.restoreDialog).toBeVisible();
  }

  /** Types the backup's passphrase and confirms; does not wait for the outcome. */
  async confirmRestoreWithPassphrase(passphrase: string): Promise<void> {
    await this.restoreDialog.getByLabel('Passphrase for this backup', { exact: true }).fill(passphrase);
    await this.restoreDialog.getByRole('button', { name: 'Restore this backup' }).click();
  }

  /** Picks the source and presses its Choose button; the test queues the file for the dialog first. */
  async importFrom(source: ImportSource): Promise<Locator> {
    await this.importCard.getByRole('radio', { name: source }).check();
    await this.importCard.getByRole('button', { name: /^Choose (file|folder)…$/ }).click();
    const status = this.importCard.getByRole('status');
    await expect(status).toContainText(/Imported \d+ entr|Nothing was imported/);
    return status;
  }
}
