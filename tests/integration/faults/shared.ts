/**
 * What the fault-injection child and its parent tests must agree on: the passphrases, the test-only
 * migrations, the generated Day One export, and a KDF that runs Argon2id in-process.
 *
 * Deliberately free of vitest imports: child.ts (a plain `node --import tsx` process) uses it too.
 */
import { deriveInline, type Kdf, type KdfParams } from '../../../electron/core/crypto/kdf';
import type { Sodium } from '../../../electron/core/crypto/sodium';
import type { Migration } from '../../../electron/core/db/migrate';
import { MIGRATIONS } from '../../../electron/core/db/migrations';
import { PASS_A, PASS_B, PASS_C } from '../helpers/core';

/** The passphrase-change child cycles through these: 0 → 1 → 2 → 0 … */
export const PASSPHRASES = [PASS_A, PASS_B, PASS_C] as const;
export const LABEL = 'Fault journal';

export const IMPORT_BATCH = 30;
export const titleOf = (i: number): string => `Fault import entry ${i + 1}`;

/**
 * A Day One JSON export with `count` entries of varied size (a heading that becomes the title,
 * paragraphs, a list, Day One's backslash escapes, tags), so each import writes a good number of pages.
 */
export function dayOneExport(count: number): string {
  const entries = Array.from({ length: count }, (_, i) => {
    const paragraphs = Array.from(
      { length: 1 + (i % 5) },
      (_, p) =>
        `Paragraph ${p + 1} of entry ${i + 1}\\. We talked about it calmly, and it ${'helped a little more each time. '.repeat(3 + ((i * 7 + p) % 20))}`,
    );
    return {
      uuid: (i + 1).toString(16).toUpperCase().padStart(32, '0'),
      creationDate: new Date(Date.UTC(2025, 0, 1 + i, 20, 30)).toISOString().replace(/\.\d+Z$/, 'Z'),
      modifiedDate: new Date(Date.UTC(2025, 0, 2 + i, 8, 0)).toISOString().replace(/\.\d+Z$/, 'Z'),
      timeZone: i % 2 ? 'Europe/Berlin' : 'America/New_York',
      starred: i % 7 === 0,
      tags: [`week ${1 + Math.floor(i / 7)}`, i % 3 ? 'evening' : 'morning'],
      text: `# ${titleOf(i)}\n\n${paragraphs.join('\n\n')}\n\n- the cold air\n- holding hands\n- item ${i}`,
    };
  });
  return JSON.stringify({ metadata: { version: '1.0' }, entries });
}

/** Rows the second test migration writes in one go (it takes a noticeable moment). */
export const FILLER_ROWS = 25_000;

/**
 * Two test-only migrations on top of the real list. v(n+1) creates a table and fills it in one
 * statement; v(n+2) adds a column and rewrites every row, plus a table of its own. Either may be
 * interrupted; each must land whole or not at all. `onStart` lets the child report where it is.
 */
export function faultMigrations(onStart: (version: number) => void = () => {}): readonly Migration[] {
  const base = MIGRATIONS.length;
  return [
    ...MIGRATIONS,
    {
      version: base + 1,
      name: 'test-fault-filler',
      up(db) {
        onStart(base + 1);
        db.exec('CREATE TABLE fault_filler (id INTEGER PRIMARY KEY, pad BLOB NOT NULL) STRICT');
        db.exec(
          `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ${FILLER_ROWS})
           INSERT INTO fault_filler (id, pad) SELECT i, randomblob(120) FROM n`,
        );
        db.exec('CREATE INDEX fault_filler_pad ON fault_filler (pad)');
      },
    },
    {
      version: base + 2,
      name: 'test-fault-rewrite',
      up(db) {
        onStart(base + 2);
        db.exec('ALTER TABLE fault_filler ADD COLUMN twice INTEGER');
        db.exec('UPDATE fault_filler SET twice = id * 2');
        db.exec('CREATE TABLE fault_done (id INTEGER PRIMARY KEY, rows INTEGER NOT NULL) STRICT');
        db.exec('INSERT INTO fault_done (id, rows) SELECT 1, count(*) FROM fault_filler');
      },
    },
  ];
}

/**
 * Argon2id on the calling thread, with the sodium instance createCore loads anyway: spares every
 * short-lived process the start of a KDF worker (which loads libsodium a second time).
 */
export function inlineKdf(sodium: Sodium): Kdf {
  return {
    async derive(passphrase: Uint8Array, params: KdfParams, outlen?: number) {
      try {
        return deriveInline(sodium, passphrase, params, outlen);
      } finally {
        passphrase.fill(0);
      }
    },
    async close() {},
  };
}

/** What the parent tells a pre-started child when it may touch the vault. */
export interface Go {
  /** Index into PASSPHRASES of the passphrase that opens the vault now. */
  pass: number;
  /** First number the save child uses, so numbers never repeat across runs. */
  firstN: number;
}
