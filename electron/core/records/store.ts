import type { Statement } from 'better-sqlite3';
import type { Db } from '../db/open';
import { DamagedRecordError, type RecordCipher } from '../crypto/envelope';

/**
 * Encrypted records: the only place services read and write what a person wrote. Values are JSON
 * inside envelopes; the table itself shows only id, type, revision and envelope size.
 */
export interface StoredRecord<T> {
  id: string;
  rev: number;
  value: T;
}

export interface DamagedRecord {
  id: string;
  type: string;
  damaged: true;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

export class RecordStore {
  /** Prepared once per connection: compiling SQL on every save cost more than the encryption. */
  private readonly statements = new Map<string, Statement>();

  constructor(
    private readonly db: Db,
    private readonly cipher: RecordCipher,
    /** Told after every write (the session schedules a WAL checkpoint off the save path). */
    private readonly onWrite: () => void = () => {},
  ) {}

  private sql(text: string): Statement {
    let st = this.statements.get(text);
    if (!st) {
      st = this.db.prepare(text);
      this.statements.set(text, st);
    }
    return st;
  }

  /** Writes the next revision. Returns it. Durable when this returns (WAL + synchronous=FULL). */
  put<T>(type: string, id: string, value: T): number {
    const current = this.sql('SELECT rev, type FROM records WHERE id = ?').get(id) as { rev: number; type: string } | undefined;
    if (current && current.type !== type) throw new Error(`record ${id} already exists with another type`);
    const rev = (current?.rev ?? 0) + 1;
    const plaintext = encoder.encode(JSON.stringify(value));
    const envelope = this.cipher.seal({ type, id, rev }, plaintext);
    plaintext.fill(0);
    this.sql(
      'INSERT INTO records (id, type, rev, envelope) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, envelope = excluded.envelope',
    ).run(id, type, rev, envelope);
    this.onWrite();
    return rev;
  }

  /** Throws DamagedRecordError when the stored envelope does not authenticate. */
  get<T>(type: string, id: string): StoredRecord<T> | null {
    const row = this.sql('SELECT id, rev, envelope FROM records WHERE id = ? AND type = ?').get(id, type) as
      | { id: string; rev: number; envelope: Uint8Array }
      | undefined;
    if (!row) return null;
    return { id: row.id, rev: row.rev, value: this.decode<T>(type, row) };
  }

  /** Every record of a type. A damaged one is reported as such; the rest still read. */
  list<T>(type: string): (StoredRecord<T> | DamagedRecord)[] {
    const rows = this.sql('SELECT id, rev, envelope FROM records WHERE type = ?').all(type) as { id: string; rev: number; envelope: Uint8Array }[];
    return rows.map((row) => {
      try {
        return { id: row.id, rev: row.rev, value: this.decode<T>(type, row) };
      } catch (e) {
        if (e instanceof DamagedRecordError || e instanceof SyntaxError || e instanceof TypeError) return { id: row.id, type, damaged: true as const };
        throw e;
      }
    });
  }

  /** Ids and revisions of a type, read from plaintext columns: no decryption. */
  versions(type: string): { id: string; rev: number }[] {
    return this.sql('SELECT id, rev FROM records WHERE type = ?').all(type) as { id: string; rev: number }[];
  }

  delete(id: string): boolean {
    const deleted = this.sql('DELETE FROM records WHERE id = ?').run(id).changes > 0;
    this.onWrite();
    return deleted;
  }

  count(type: string): number {
    return (this.sql('SELECT count(*) AS n FROM records WHERE type = ?').get(type) as { n: number }).n;
  }

  /** Runs fn in one transaction: all of its puts land, or none. */
  transaction<R>(fn: () => R): R {
    return this.db.transaction(fn).immediate();
  }

  private decode<T>(type: string, row: { id: string; rev: number; envelope: Uint8Array }): T {
    const bytes = this.cipher.open({ type, id: row.id, rev: row.rev }, row.envelope);
    try {
      return JSON.parse(decoder.decode(bytes)) as T;
    } finally {
      bytes.fill(0);
    }
  }
}

export function isDamaged<T>(r: StoredRecord<T> | DamagedRecord): r is DamagedRecord {
  return 'damaged' in r;
}
