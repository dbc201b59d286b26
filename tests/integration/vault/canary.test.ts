/**
 * Plaintext canary: a unique marker written into records and used in passphrases must never reach
 * the disk in any encoding, in any file under the data folder (database, -wal, -shm, backups,
 * anything). The label is plaintext by design, so finding it proves the scanner works.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import type { Migration } from '../../../electron/core/db/migrate';
import { listFiles, makeCore, makeTempDir, ok, removeDir } from '../helpers/core';

const root = makeTempDir('mend-canary-');
const dataDir = join(root, 'data');
afterAll(() => removeDir(root));

function encodings(marker: string): { name: string; bytes: Buffer }[] {
  const le = Buffer.from(marker, 'utf16le');
  const be = Buffer.from(le);
  be.swap16();
  return [
    { name: 'utf8', bytes: Buffer.from(marker, 'utf8') },
    { name: 'utf16le', bytes: le },
    { name: 'utf16be', bytes: be },
  ];
}

interface Finding {
  file: string;
  encoding: string;
  marker: string;
}

/** Every byte of every file under dir, searched for every marker in every encoding. */
function scan(dir: string, markers: string[]): { findings: Finding[]; files: number; bytes: number } {
  const findings: Finding[] = [];
  let bytes = 0;
  const files = listFiles(dir);
  for (const rel of files) {
    const content = readFileSync(join(dir, rel));
    expect(content.length).toBe(statSync(join(dir, rel)).size);
    bytes += content.length;
    for (const marker of markers) {
      for (const enc of encodings(marker)) {
        if (content.includes(enc.bytes)) findings.push({ file: rel, encoding: enc.name, marker });
      }
    }
  }
  return { findings, files: files.length, bytes };
}

const noteMigration: Migration = {
  version: MIGRATIONS.length + 1,
  name: 'test-canary-upgrade',
  up(db) {
    db.exec('CREATE TABLE canary_upgrade (id INTEGER PRIMARY KEY) STRICT');
  },
};

describe('plaintext canary', () => {
  it('no marker in any file, in UTF-8 or UTF-16; the (plaintext) label is found', async () => {
    const tag = randomBytes(9).toString('base64url');
    const marker = `CANARY-${tag}`;
    const passMarker = `PASSCANARY${randomBytes(6).toString('hex')}`;
    const passphrase = `${passMarker} quartz lantern meadow`;
    const nextPassphrase = `${passMarker}2 velvet harbor cobalt`;
    const label = `Label ${randomBytes(6).toString('hex')}`;

    const h = await makeCore({ dataDir });
    const { vaultId, recoveryKey } = await ok(h.core, 'vault.create', { label, passphrase });
    const store = () => h.core.vaults.requireSession().store;

    // Records of several sizes holding the marker: put, rewritten, deleted, in a transaction.
    store().put('settings-like', 'prefs', { theme: 'calm', note: marker });
    store().put('note', 'n1', { title: `Title ${marker}`, body: `${marker} `.repeat(500) });
    store().put('note', 'n1', { title: `Title ${marker} (edited)`, body: `${marker} edited `.repeat(800) });
    store().put('note', 'gone', { text: `to be deleted ${marker}` });
    store().delete('gone');
    store().transaction(() => {
      for (let i = 0; i < 20; i++) store().put('note', `t${i}`, { i, text: `${marker} #${i}`, emoji: '🙂', accents: 'é ü ñ' });
    });
    store().put('unicode', 'u', { text: `${marker} — “quoted” ünïcödé` });
    await ok(h.core, 'vault.updateSettings', { idleLockMinutes: 17 });

    // While unlocked: the -wal holds only ciphertext too.
    const whileOpen = scan(dataDir, [marker, passMarker]);
    expect(whileOpen.findings).toEqual([]);

    // Change the passphrase and regenerate the recovery key: both go through the header.
    await ok(h.core, 'vault.changePassphrase', { current: passphrase, next: nextPassphrase });
    const { recoveryKey: newRecoveryKey } = await ok(h.core, 'vault.regenerateRecoveryKey', { passphrase: nextPassphrase });
    await ok(h.core, 'vault.lock', {});
    // A few wrong attempts (the throttle writes to the header) with the marker in them.
    for (let i = 0; i < 2; i++) await h.core.dispatch('vault.unlock', { vaultId, passphrase: `${passMarker} wrong ${i}` });
    await ok(h.core, 'vault.unlock', { vaultId, passphrase: nextPassphrase });
    await ok(h.core, 'vault.lock', {});
    await h.cleanup();

    // Open it once more with an upgrade pending, so a migration backup exists too.
    const upgraded = await makeCore({ dataDir, migrations: [...MIGRATIONS, noteMigration] });
    await ok(upgraded.core, 'vault.unlock', { vaultId, passphrase: nextPassphrase });
    expect(upgraded.core.vaults.requireSession().store.get('settings-like', 'prefs')?.value).toEqual({ theme: 'calm', note: marker });
    await ok(upgraded.core, 'vault.lock', {});
    await upgraded.cleanup();

    const files = listFiles(dataDir);
    expect(files.some((f) => f.startsWith('backups/'))).toBe(true);

    const recoveryForms = [recoveryKey, recoveryKey.replaceAll('-', ''), newRecoveryKey, newRecoveryKey.replaceAll('-', '')];
    const result = scan(dataDir, [marker, tag, passMarker, passphrase, nextPassphrase, ...recoveryForms]);
    expect(result.findings).toEqual([]);

    // The scanner works: the label is stored in plaintext by design, and is found.
    const labelScan = scan(dataDir, [label]);
    expect(labelScan.findings.some((f) => f.encoding === 'utf8' && f.file === `vaults/${vaultId}.mend`)).toBe(true);

    console.log(
      `[canary] scanned ${result.bytes} bytes in ${result.files} files (${files.join(', ')}): marker not found; label found in ${labelScan.findings.length} file(s)`,
    );
  });
});
