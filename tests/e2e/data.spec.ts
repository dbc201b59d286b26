import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { AppShell } from './pages/AppShell';
import { DataPage } from './pages/DataPage';
import { JournalPage } from './pages/JournalPage';
import { LockScreen } from './pages/LockScreen';
import type { MendHarness } from './fixtures';
import { lexical } from '../support/lexical';

const LABEL = 'Robin';
const PASSPHRASE = 'harbour lights over the quiet bay';
const DAYONE = join(import.meta.dirname, '../fixtures/dayone/Journal.json');

async function write(mend: MendHarness, title: string, happenedOn: string): Promise<void> {
  const r = await mend.invokeRaw('entries.create', {
    kind: 'feeling',
    title,
    body: lexical(`${title}, in a few words.`),
    mood: 3,
    emotions: ['calm'],
    happenedOn,
  });
  if (!r.ok) throw new Error(`entries.create: ${r.error.message}`);
}

test.describe('data: export, backups and import', () => {
  test.use({ viewport: { width: 1180, height: 900 } });

  test('exports a Markdown zip only after the unencrypted warning is acknowledged', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s file dialogs');
    const { page } = mend;
    await new LockScreen(page).createVault(LABEL, PASSPHRASE);
    for (const [i, title] of ['Morning walk', 'The hard talk', 'Quiet dinner'].entries()) await write(mend, title, `2026-05-0${i + 1}`);

    const data = new DataPage(page);
    await data.open();
    await expect(data.exportCard.getByText('This file will not be encrypted. Anyone who opens it can read what you wrote.')).toBeVisible();
    const status = await data.exportAs('Markdown files, in a zip');
    await expect(status).toContainText('Saved 3 entries.');

    const zips = readdirSync(mend.host!.dialogs.savedDir).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    expect(zips[0]).toMatch(/^Mend export \d{4}-\d{2}-\d{2}\.zip$/);
    const zip = readFileSync(join(mend.host!.dialogs.savedDir, zips[0]!));
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
    // Each export asks again.
    await expect(data.exportButton).toBeDisabled();
    await expect(data.exportCard.getByRole('checkbox', { name: 'I understand this file will not be encrypted' })).not.toBeChecked();
  });

  test('makes a backup and restores it with its passphrase: only the earlier entries come back', async ({ mend }) => {
    const { page } = mend;
    const lock = new LockScreen(page);
    await lock.createVault(LABEL, PASSPHRASE);
    await write(mend, 'Written before the backup', '2026-04-10');
    await write(mend, 'Also before the backup', '2026-04-11');

    const data = new DataPage(page);
    await data.open();
    await data.makeBackup();
    await expect(data.backupItems().filter({ hasText: 'Made by you' })).toHaveCount(1);
    await write(mend, 'Written after the backup', '2026-04-12');

    await data.startRestore('Made by you');
    await expect(data.restoreDialog).toContainText('Mend keeps a copy of the journal as it is now');
    // A wrong passphrase changes nothing and says so plainly.
    await data.confirmRestoreWithPassphrase('not the passphrase at all');
    await expect(data.restoreDialog.getByText('That passphrase does not open this backup.', { exact: false })).toBeVisible();
    await data.confirmRestoreWithPassphrase(PASSPHRASE);

    // The core locks as it restores; unlocking opens the journal as it was.
    await lock.expectVisible();
    await lock.unlock(LABEL, PASSPHRASE);
    await new AppShell(page).navigateTo('Journal');
    const journal = new JournalPage(page);
    await expect(journal.row(/Written before the backup/)).toBeVisible();
    await expect(journal.row(/Also before the backup/)).toBeVisible();
    await expect(journal.row(/Written after the backup/)).toHaveCount(0);

    // The journal as it was before the restore was kept as a backup too.
    await data.open();
    await expect(data.backupItems().filter({ hasText: 'Kept before a restore' })).toHaveCount(1);
  });

  test('imports a Day One export into the journal, and explains a file it refuses', async ({ mend }) => {
    test.skip(mend.host === null, 'Needs the test host’s file dialogs');
    const { page } = mend;
    await new LockScreen(page).createVault(LABEL, PASSPHRASE);
    const data = new DataPage(page);
    await data.open();

    // A file with problems: nothing comes in, and each problem is listed.
    const scratch = mkdtempSync(join(tmpdir(), 'mend-import-'));
    try {
      const doc = JSON.parse(readFileSync(DAYONE, 'utf8'));
      doc.entries.push({ uuid: 'x', creationDate: 'yesterday', text: 'bad date' });
      const bad = join(scratch, 'Journal.json');
      writeFileSync(bad, JSON.stringify(doc));
      mend.host!.dialogs.queueOpen(bad);
      const refused = await data.importFrom('A Day One export');
      await expect(refused).toContainText('Nothing was imported');
      await expect(refused.getByRole('listitem')).toHaveText([/Entry 3 has no valid creationDate/]);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }

    mend.host!.dialogs.queueOpen(DAYONE);
    const status = await data.importFrom('A Day One export');
    await expect(status).toContainText('Imported 2 entries.');

    await new AppShell(page).navigateTo('Journal');
    const journal = new JournalPage(page);
    await expect(journal.row(/A quiet walk/)).toBeVisible();
    await expect(journal.timeline.getByText(/phone call/)).toBeVisible();
  });
});
