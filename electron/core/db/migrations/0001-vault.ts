import type { Migration } from '../migrate';

/**
 * The whole storage model: a header (key slots and unlock throttling, nothing a person wrote except
 * the label they chose to show on the lock screen) and one table of encrypted records.
 */
export const m0001Vault: Migration = {
  version: 1,
  name: '0001-vault',
  up(db) {
    db.exec(`
      CREATE TABLE vault_header (
        id              INTEGER PRIMARY KEY CHECK (id = 1),
        vault_id        TEXT    NOT NULL,
        label           TEXT    NOT NULL,
        format          INTEGER NOT NULL,
        kdf             TEXT    NOT NULL,
        passphrase_slot BLOB    NOT NULL,
        recovery_salt   BLOB    NOT NULL,
        recovery_slot   BLOB    NOT NULL,
        failed_unlocks  INTEGER NOT NULL DEFAULT 0,
        last_failed_at  INTEGER
      ) STRICT;

      CREATE TABLE records (
        id       TEXT    PRIMARY KEY,
        type     TEXT    NOT NULL,
        rev      INTEGER NOT NULL CHECK (rev >= 1),
        envelope BLOB    NOT NULL
      ) STRICT;

      CREATE INDEX records_by_type ON records (type);
    `);
  },
};
