import { expect, type Locator, type Page } from '@playwright/test';

export type KindLabel = 'Feeling' | 'Setback' | 'Small recovery' | 'Gratitude' | 'Reflection';
export type MoodLabel = 'Very low' | 'Low' | 'Okay' | 'Good' | 'Very good';
export type FilterName = 'Kind' | 'Feeling' | 'Tag' | 'Mood' | 'When' | 'Sharing';

/**
 * The Journal section: timeline, filters, search, the entry page and the Trash. Locators go by
 * role and accessible name, the way a person (or a screen reader) finds things.
 */
export class JournalPage {
  readonly newEntryButton: Locator;
  readonly search: Locator;
  readonly timeline: Locator;
  readonly searchResults: Locator;
  readonly filterSummary: Locator;
  readonly resultCount: Locator;
  readonly title: Locator;
  readonly body: Locator;
  readonly saveStatus: Locator;
  readonly backButton: Locator;

  constructor(readonly page: Page) {
    this.newEntryButton = page.getByRole('button', { name: 'New entry' });
    this.search = page.getByRole('textbox', { name: 'Search your journal' });
    this.timeline = page.getByRole('region', { name: 'Your entries, newest first' });
    this.searchResults = page.getByRole('region', { name: 'Search results' });
    this.filterSummary = page.getByTestId('filter-summary');
    this.resultCount = page.locator('.journal-summary__count');
    this.title = page.getByRole('textbox', { name: 'Title (optional)' });
    this.body = page.getByRole('textbox', { name: 'Entry text' });
    this.saveStatus = page.getByTestId('save-status');
    this.backButton = page.getByRole('button', { name: 'All entries' });
  }

  // ---- timeline ----

  /** An entry in the timeline (or the search results), found by its title. */
  row(title: string | RegExp): Locator {
    return this.page.getByRole('article', { name: title });
  }

  async expectEmptyJournal(): Promise<void> {
    await expect(this.page.getByText('Nothing here yet.')).toBeVisible();
    await expect(this.page.getByText('When you’re ready, write about a feeling, a setback or a small recovery.')).toBeVisible();
  }

  async open(title: string | RegExp): Promise<void> {
    await this.row(title).getByRole('button').click();
    await expect(this.body).toBeVisible();
  }

  // ---- starting an entry ----

  /**
   * A template by name, or "Start blank" with a kind: from the New entry dialog (opened with the
   * button or Ctrl+N), or straight from the empty journal's own choices.
   */
  async startEntry(
    from: { template: string } | { blank: KindLabel },
    via: 'button' | 'shortcut' | 'empty-state' = 'button',
  ): Promise<void> {
    let scope: Locator = this.page.getByRole('main');
    if (via !== 'empty-state') {
      if (via === 'button') await this.newEntryButton.click();
      else await this.page.keyboard.press('Control+n');
      scope = this.page.getByRole('dialog', { name: 'What would you like to write?' });
      await expect(scope).toBeVisible();
    }
    if ('template' in from) await scope.getByRole('button', { name: new RegExp(`^${from.template}`) }).click();
    else await scope.getByRole('button', { name: `Start blank: ${from.blank}`, exact: true }).click();
    await expect(this.body).toBeVisible();
  }

  // ---- the entry page ----

  /** Types at the end of the text. */
  async typeInBody(text: string): Promise<void> {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.type(text);
  }

  /** Selects a template's gentle prompt (one line) and writes over it. */
  async writeOverPrompt(prompt: string, text: string): Promise<void> {
    await this.body.getByText(prompt, { exact: true }).click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.type(text);
  }

  async setMood(mood: MoodLabel): Promise<void> {
    await this.page.getByRole('radio', { name: mood, exact: true }).click();
  }

  /** Moves the intensity slider with the keyboard (Home, then Right n times). */
  async setIntensity(n: number): Promise<void> {
    const slider = this.page.getByRole('slider', { name: 'How strong it felt' });
    await slider.focus();
    await this.page.keyboard.press('Home');
    for (let i = 0; i < n; i++) await this.page.keyboard.press('ArrowRight');
    await expect(slider).toHaveAttribute('aria-valuenow', String(n));
  }

  async addFeelings(...labels: string[]): Promise<void> {
    await this.page.getByRole('button', { name: /Name a feeling|Add or change feelings/ }).click();
    const picker = this.page.getByRole('dialog');
    for (const label of labels) await picker.getByRole('checkbox', { name: label, exact: true }).check();
    await this.page.keyboard.press('Escape');
    await expect(picker).toBeHidden();
  }

  async addTags(...tags: string[]): Promise<void> {
    // A plain textbox, or a combobox once there are tags to suggest.
    const input = this.page.getByLabel('Tags', { exact: true });
    for (const tag of tags) {
      await input.fill(tag);
      await input.press('Enter');
    }
  }

  async setHappenedOn(iso: string): Promise<void> {
    await this.page.getByLabel('Happened on').fill(iso);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveStatus).toHaveText('Saved');
  }

  async back(): Promise<void> {
    await this.backButton.click();
    await expect(this.timeline.or(this.searchResults)).toBeVisible();
  }

  async moveToTrash(): Promise<void> {
    await this.page.getByRole('button', { name: 'Move to Trash' }).click();
    await expect(this.undoButton).toBeVisible();
  }

  /** Undo, on the note that appears after moving an entry to the Trash. */
  get undoButton(): Locator {
    return this.page.getByRole('button', { name: 'Undo', exact: true });
  }

  // ---- filters and search ----

  filterButton(name: FilterName): Locator {
    return this.page.getByRole('group', { name: 'Filters' }).getByRole('button', { name: new RegExp(`^${name}`) });
  }

  /** Opens a filter panel, ticks each option by its name, and closes it. */
  async filterBy(name: FilterName, ...options: string[]): Promise<void> {
    await this.filterButton(name).click();
    const panel = this.page.getByRole('dialog');
    const role = name === 'When' || name === 'Sharing' ? 'radio' : 'checkbox';
    for (const option of options) {
      // A tag's name goes on to say how many entries carry it ("walks 1 entry").
      const label = name === 'Tag' ? new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\d`) : option;
      await panel.getByRole(role, { name: label, exact: true }).check();
    }
    await this.page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }

  /** The mood range filter: two slider thumbs on the five-point scale, moved with the keyboard. */
  async filterByMood(lowest: number, highest: number): Promise<void> {
    await this.filterButton('Mood').click();
    const panel = this.page.getByRole('dialog');
    await panel.getByRole('slider', { name: 'Highest mood' }).focus();
    await this.page.keyboard.press('End');
    for (let i = 5; i > highest; i--) await this.page.keyboard.press('ArrowLeft');
    await panel.getByRole('slider', { name: 'Lowest mood' }).focus();
    await this.page.keyboard.press('Home');
    for (let i = 1; i < lowest; i++) await this.page.keyboard.press('ArrowRight');
    await this.page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  }

  async clearFilters(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(this.filterSummary).toHaveText('All entries');
  }

  /** Ctrl+F from anywhere, then the query. */
  /**
   * Types a search. Goes straight to the field: the Ctrl+F / Ctrl+K shortcuts have their own test
   * (keyboard), and a shortcut pressed while a filter popover is still closing could be swallowed.
   */
  async searchFor(query: string): Promise<void> {
    await this.search.fill(query);
  }

  /** The highlighted words in the search results. */
  marks(): Locator {
    return this.searchResults.locator('mark');
  }

  // ---- trash ----

  async openTrash(): Promise<void> {
    await this.page.getByRole('button', { name: /^Trash/ }).click();
    await expect(this.page.getByRole('heading', { name: 'Trash', level: 2 })).toBeVisible();
  }

  trashList(): Locator {
    return this.page.getByRole('list', { name: 'Entries in the Trash' });
  }
}
