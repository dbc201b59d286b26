import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export type ChartTitle =
  | 'Mood, week by week'
  | 'Setbacks and small recoveries'
  | 'Feelings you named most'
  | 'Conversations'
  | 'Agreements'
  | 'A year of moods'
  | 'Weekly check-ins';

export const CHART_TITLES: readonly ChartTitle[] = [
  'Mood, week by week',
  'Setbacks and small recoveries',
  'Feelings you named most',
  'Conversations',
  'Agreements',
  'A year of moods',
  'Weekly check-ins',
];

/** The Progress section: the charts over time (each with its table) and the month in review. */
export class ProgressPage {
  readonly main: Locator;
  readonly overTimeTab: Locator;
  readonly monthTab: Locator;
  readonly savePdfButton: Locator;
  readonly monthSelect: Locator;
  readonly monthSheet: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.overTimeTab = page.getByRole('tab', { name: 'Over time' });
    this.monthTab = page.getByRole('tab', { name: 'Month in review' });
    this.savePdfButton = page.getByRole('button', { name: 'Save as PDF' });
    this.monthSelect = page.getByRole('combobox', { name: 'Month' });
    // The sheet is an article named by its month, e.g. "May 2026".
    this.monthSheet = this.main.getByRole('article', { name: /^\S+ \d{4}$/ });
  }

  async open(): Promise<void> {
    await new AppShell(this.page).navigateTo('Progress');
    await expect(this.chart('Mood, week by week')).toBeVisible();
  }

  /** A chart's card, found by its short title (its heading). */
  chart(title: ChartTitle): Locator {
    return this.main.getByRole('region', { name: title, exact: true });
  }

  /** The sentence that says what the chart shows. */
  caption(title: ChartTitle): Locator {
    return this.chart(title).locator('.chart-card__caption');
  }

  async showTable(title: ChartTitle): Promise<Locator> {
    const card = this.chart(title);
    await card.getByRole('button', { name: 'Show as table' }).click();
    const table = card.getByRole('table');
    await expect(table).toBeVisible();
    await expect(card.getByRole('button', { name: 'Show as chart' })).toBeVisible();
    return table;
  }

  async showChart(title: ChartTitle): Promise<void> {
    await this.chart(title).getByRole('button', { name: 'Show as chart' }).click();
    await expect(this.chart(title).getByRole('button', { name: 'Show as table' })).toBeVisible();
  }

  /** The data rows of a table (the header row left out). */
  rows(table: Locator): Locator {
    return table.locator('tbody tr');
  }

  async chooseRange(label: '3 months' | '6 months' | '12 months'): Promise<void> {
    const item = this.page.getByRole('radiogroup', { name: 'How far back to look' }).getByRole('radio', { name: label });
    await item.click();
    await expect(item).toHaveAttribute('data-state', 'on');
    await expect(this.main.locator('.insights')).toHaveAttribute('aria-busy', 'false');
  }

  async openMonthReview(): Promise<void> {
    await this.monthTab.click();
    await expect(this.monthSheet).toBeVisible();
  }

  async chooseMonth(label: string): Promise<void> {
    await this.monthSelect.selectOption({ label });
    await expect(this.monthSheet.getByRole('heading', { level: 2, name: label })).toBeVisible();
  }

  async savePdf(): Promise<void> {
    await this.savePdfButton.click();
    await expect(this.main.getByRole('status').filter({ hasText: 'Saved as a PDF.' })).toBeVisible();
  }
}
