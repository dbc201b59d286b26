import { expect, type Locator, type Page } from '@playwright/test';
import { AppShell } from './AppShell';

export interface PlanFields {
  kind?: 'Weekly check-in' | 'Repair after a conflict' | 'Planning together';
  purpose: string;
  /** YYYY-MM-DD */
  date?: string;
  /** HH:mm */
  time?: string;
  /** As the option reads: "45 minutes", "1 hour". */
  duration?: string;
  /** "Just once", "Every week", "Every 2 weeks"… */
  repeat?: string;
  /** "No reminder", "When it starts", "30 minutes before"… */
  reminder?: string;
  timeZone?: string;
}

export interface AgreementFields {
  text: string;
  /** The owner as the radio reads: a name, or "Both of us". */
  owner?: string;
  dueOn?: string;
  followUpOn?: string;
}

/**
 * The Conversations section: planning, preparing, conversation mode (a full-window dialog), the
 * break, writing it down after, and the Agreements and Boundaries tabs.
 */
export class ConversationsPage {
  readonly main: Locator;
  /** Conversation mode takes the whole window as a modal dialog. */
  readonly hold: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
    this.hold = page.getByRole('dialog');
  }

  async open(): Promise<void> {
    await new AppShell(this.page).navigateTo('Conversations');
  }

  tab(name: 'Upcoming' | 'Agreements' | 'Boundaries'): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  async openTab(name: 'Upcoming' | 'Agreements' | 'Boundaries'): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  /** The gentle notice about times that came and went while Mend was closed. */
  dueNotice(): Locator {
    return this.main.getByText(/came and went — that’s okay/);
  }

  // ---- planning ----

  async startPlanning(): Promise<void> {
    const first = this.main.getByRole('button', { name: 'Plan your first check-in' });
    const another = this.main.getByRole('button', { name: 'Plan a conversation' });
    await expect(first.or(another)).toBeVisible();
    await ((await first.isVisible()) ? first : another).click();
    await expect(this.main.getByRole('heading', { level: 2, name: 'Plan a conversation' })).toBeVisible();
  }

  async fillPlan(p: PlanFields): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Plan a conversation' });
    if (p.kind) await form.getByRole('radio', { name: p.kind }).click();
    await form.getByLabel('What is it for?').fill(p.purpose);
    if (p.date) await form.getByLabel('Date', { exact: true }).fill(p.date);
    if (p.time) await form.getByLabel('Time', { exact: true }).fill(p.time);
    if (p.duration) await form.getByLabel('How long').selectOption({ label: p.duration });
    if (p.repeat) await form.getByLabel('Repeat').selectOption({ label: p.repeat });
    if (p.reminder) await form.getByLabel('Reminder').selectOption({ label: p.reminder });
    if (p.timeZone) {
      await form.getByRole('button', { name: /^Change time zone/ }).click();
      await form.getByLabel('Time zone').selectOption(p.timeZone);
    }
  }

  async submitPlan(label = 'Plan it'): Promise<void> {
    await this.main.getByRole('button', { name: label, exact: true }).click();
    await expect(this.tab('Upcoming')).toBeVisible();
  }

  /** An occurrence in the Upcoming list, found by any text in it (its time, its purpose). */
  occurrence(text: string | RegExp): Locator {
    return this.main
      .getByRole('listitem')
      .filter({ hasText: text })
      .filter({ has: this.page.locator('.conv-day') });
  }

  plan(text: string | RegExp): Locator {
    return this.main.getByRole('region', { name: 'Your plans' }).getByRole('listitem').filter({ hasText: text });
  }

  // ---- preparing ----

  async prepare(occurrence: Locator): Promise<void> {
    await occurrence.getByRole('button', { name: 'Prepare', exact: true }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: /^Prepare for your / })).toBeVisible();
  }

  entry(title: string): Locator {
    return this.main.getByRole('checkbox', { name: new RegExp(`^${title}`) });
  }

  iStatement(n: number): Locator {
    return this.main.getByLabel(`I-statement ${n}`, { exact: true });
  }

  async addIStatement(text: string): Promise<Locator> {
    const add = this.main.getByRole('button', { name: /^(Write an I-statement|Add another)$/ });
    await add.click();
    const field = this.main.getByLabel(/^I-statement \d+$/).last();
    await field.fill(text);
    return field;
  }

  nudge(): Locator {
    return this.main.getByText('can feel like an attack');
  }

  /** The quiet save line once everything typed is stored. */
  saved(): Locator {
    return this.main.locator('.conv-save-line[data-status="saved"]');
  }

  // ---- conversation mode ----

  async begin(occurrence: Locator): Promise<void> {
    await occurrence.getByRole('button', { name: 'Begin', exact: true }).click();
    await expect(this.hold).toBeVisible();
  }

  async startTalking(): Promise<void> {
    await this.hold.getByRole('button', { name: 'We’re ready — begin' }).click();
    await expect(this.speaker()).toBeVisible();
  }

  /** The big name of whoever is speaking now. */
  speaker(): Locator {
    return this.hold.locator('.conv-turns__name');
  }

  agenda(): Locator {
    return this.hold.getByRole('complementary', { name: 'What we brought' });
  }

  async switchTurns(): Promise<void> {
    await this.hold.getByRole('button', { name: /^Switch turns/ }).click();
  }

  async pause(minutes: '20 minutes' | '30 minutes' | '45 minutes' | '1 hour'): Promise<void> {
    await this.hold.getByRole('button', { name: 'Pause', exact: true }).click();
    await this.hold.getByRole('group', { name: 'How long a break?' }).getByRole('button', { name: minutes }).click();
    await expect(this.breakHeading()).toBeVisible();
  }

  breakHeading(): Locator {
    return this.hold.getByRole('heading', { name: 'Taking a break' });
  }

  async bothReady(): Promise<void> {
    await this.hold.getByRole('button', { name: 'We’re both ready' }).click();
  }

  async end(): Promise<void> {
    await this.hold.getByRole('button', { name: 'End the conversation' }).click();
    await this.hold.getByRole('button', { name: 'End and write it down' }).click();
    await expect(this.hold).toBeHidden();
    await expect(this.main.getByRole('heading', { level: 2, name: 'How did it go?' })).toBeVisible();
  }

  // ---- after, and agreements ----

  async addAgreement(a: AgreementFields): Promise<void> {
    const form = this.main.getByRole('form', { name: 'Add an agreement' });
    await form.getByLabel('Agreement', { exact: true }).fill(a.text);
    if (a.owner) await form.getByRole('radio', { name: a.owner, exact: true }).click();
    if (a.dueOn) await form.getByLabel('By when (optional)').fill(a.dueOn);
    if (a.followUpOn) await form.getByLabel('Look at it again on (optional)').fill(a.followUpOn);
    await form.getByRole('button', { name: 'Add agreement' }).click();
    await expect(this.agreement(a.text)).toBeVisible();
  }

  agreement(text: string): Locator {
    return this.main.getByRole('listitem').filter({ has: this.page.locator('.conv-agreement__text', { hasText: text }) });
  }

  async setAgreementStatus(text: string, action: string, note = ''): Promise<void> {
    const item = this.agreement(text);
    await item.getByRole('button', { name: /^(How did it go\?|Change it)$/ }).click();
    await item.getByRole('radio', { name: action }).click();
    if (note) await item.getByLabel('A note (optional)').fill(note);
    await item.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(item.getByRole('form')).toBeHidden();
  }

  // ---- boundaries ----

  boundary(text: string): Locator {
    return this.main.getByRole('list', { name: 'Boundaries' }).getByRole('listitem').filter({ hasText: text });
  }
}
