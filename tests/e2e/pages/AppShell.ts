import { expect, type Locator, type Page } from '@playwright/test';

export type SectionName = 'Journal' | 'Conversations' | 'Partner' | 'Progress' | 'Settings';
export const SECTION_NAMES: readonly SectionName[] = ['Journal', 'Conversations', 'Partner', 'Progress', 'Settings'];

/** The open journal: section navigation, the Lock button, the current section's page. */
export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;
  readonly lockButton: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Sections' });
    this.main = page.getByRole('main');
    this.lockButton = page.getByRole('button', { name: 'Lock', exact: true });
  }

  navLink(section: SectionName): Locator {
    return this.nav.getByRole('button', { name: section, exact: true });
  }

  heading(section: SectionName): Locator {
    return this.main.getByRole('heading', { level: 1, name: section, exact: true });
  }

  async expectOpen(): Promise<void> {
    await expect(this.nav).toBeVisible();
    await expect(this.lockButton).toBeVisible();
  }

  async navigateTo(section: SectionName): Promise<void> {
    await this.navLink(section).click();
    await expect(this.navLink(section)).toHaveAttribute('aria-current', 'page');
    await expect(this.heading(section)).toBeVisible();
  }

  async lock(): Promise<void> {
    await this.lockButton.click();
    await expect(this.nav).toBeHidden();
  }
}
