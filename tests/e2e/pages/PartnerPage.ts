import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import type { EntryDraft } from '../../../shared/domain/entry';
import type { Result } from '../../../shared/errors';
import type { Host } from '../host/server';
import { AppShell } from './AppShell';

export { lexical } from '../../support/lexical';

type InvokeRaw = (channel: string, input: unknown) => Promise<Result<unknown>>;

/** Writes an entry straight through the contract (the journal UI is not what these specs test). */
export async function createEntry(invokeRaw: InvokeRaw, draft: Partial<EntryDraft> & { title: string; body: string }): Promise<string> {
  const r = await invokeRaw('entries.create', { kind: 'feeling', happenedOn: '2026-06-14', ...draft });
  if (!r.ok) throw new Error(`entries.create failed: ${r.error.message}`);
  return (r.value as { id: string }).id;
}

/** The Partner section: pairing, the share flow, the share log, and receiving. */
export class PartnerPage {
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.main = page.getByRole('main');
  }

  async open(): Promise<void> {
    await new AppShell(this.page).navigateTo('Partner');
  }

  // ---- pairing ----

  async setMyName(name: string): Promise<void> {
    await this.main.getByLabel('The name your partner knows you by').fill(name);
    await this.main.getByRole('button', { name: 'Save name' }).click();
    await expect(this.main.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  }

  /** The card code shown under "Send your partner card" (or in the Pairing tab once verified). */
  async myCardCode(): Promise<string> {
    const code = this.main.getByLabel('Your partner card', { exact: true });
    await expect(code).toHaveValue(/^MEND-CARD-1:/);
    return code.inputValue();
  }

  async addPartnerCard(code: string): Promise<void> {
    await this.main.getByLabel(/^Paste .* card code$/).fill(code);
    await this.main.getByRole('button', { name: 'Add their card' }).click();
  }

  safetyPhrase(): Locator {
    return this.main.getByTestId('safety-phrase');
  }

  async safetyWords(): Promise<string[]> {
    const words = this.safetyPhrase().locator('.safety-phrase__text');
    await expect(words).toHaveCount(6);
    return words.allTextContents();
  }

  async markVerified(partnerName: string): Promise<void> {
    await this.main.getByRole('button', { name: 'They match — mark verified' }).click();
    await expect(this.tab(`From ${partnerName}`)).toBeVisible();
  }

  /** Where the page says what just changed (verified, unpaired); focus lands there. */
  announcement(): Locator {
    return this.main.locator('.partner-live');
  }

  tab(name: string): Locator {
    return this.main.getByRole('tab', { name, exact: true });
  }

  async openTab(name: string): Promise<void> {
    await this.tab(name).click();
    await expect(this.tab(name)).toHaveAttribute('aria-selected', 'true');
  }

  // ---- sharing ----

  async startShare(partnerName: string): Promise<void> {
    await this.openTab(`Share with ${partnerName}`);
    await this.main.getByRole('button', { name: `Share entries with ${partnerName}…` }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: `Choose entries to share with ${partnerName}` })).toBeVisible();
  }

  entryCheckbox(title: string): Locator {
    return this.main.getByRole('list', { name: 'Your entries' }).getByRole('checkbox', { name: title });
  }

  async chooseEntries(...titles: string[]): Promise<void> {
    for (const title of titles) await this.entryCheckbox(title).check();
    await this.main.getByRole('button', { name: 'Next: notes and details' }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: 'Add notes and choose what travels' })).toBeVisible();
  }

  async writeNote(entryTitle: string, note: string): Promise<void> {
    const item = this.main.getByRole('list', { name: 'Chosen entries' }).getByRole('listitem').filter({ hasText: entryTitle });
    await item.getByLabel(/What I’d like you to understand/).fill(note);
  }

  shareField(label: string): Locator {
    return this.main.getByRole('group', { name: 'What travels with each entry' }).getByRole('checkbox', { name: label });
  }

  async preview(partnerName: string): Promise<Locator> {
    await this.main.getByRole('button', { name: `Preview what ${partnerName} will see` }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: `Exactly what ${partnerName} will see` })).toBeVisible();
    const preview = this.main.getByTestId('share-preview');
    await expect(preview).toBeVisible();
    return preview;
  }

  /** Seals and saves; the test host's save dialog writes the file into `host.dialogs.savedDir`. */
  async sealAndSave(host: Host): Promise<string> {
    const before = new Set(readdirSync(host.dialogs.savedDir));
    await this.main.getByRole('button', { name: 'Seal and save packet' }).click();
    await expect(this.main.getByRole('heading', { level: 2, name: 'Sealed and saved' })).toBeVisible();
    const added = readdirSync(host.dialogs.savedDir).filter((f) => !before.has(f) && f.endsWith('.mendpacket'));
    expect(added).toHaveLength(1);
    return join(host.dialogs.savedDir, added[0]!);
  }

  // ---- receiving ----

  dropZone(): Locator {
    return this.main.getByTestId('packet-drop-zone');
  }

  async importWithDialog(host: Host, path: string, partnerName: string): Promise<void> {
    host.dialogs.queueOpen(path);
    await this.main.getByRole('button', { name: `Open a packet from ${partnerName}…` }).click();
  }

  /** Drops the file on the drop zone the way a file manager would (a DataTransfer holding a File). */
  async dropPacket(path: string): Promise<void> {
    const bytes = [...readFileSync(path)];
    const dataTransfer = await this.page.evaluateHandle(
      ([data, name]) => {
        const dt = new DataTransfer();
        dt.items.add(new File([new Uint8Array(data)], name, { type: 'application/octet-stream' }));
        return dt;
      },
      [bytes, basename(path)] as const,
    );
    const zone = this.dropZone();
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
    await dataTransfer.dispose();
  }

  /** The calm line under the drop zone that says how the last import went. */
  importResult(): Locator {
    return this.main.locator('.receive__result');
  }

  /** Every entry the partner shared, in the "From <partner>" tab. */
  receivedEntries(partnerName: string): Locator {
    return this.main.getByRole('region', { name: `What ${partnerName} has shared with you`, exact: true }).getByRole('article');
  }

  receivedEntry(title: string): Locator {
    return this.main.getByRole('article', { name: title, exact: true });
  }
}
