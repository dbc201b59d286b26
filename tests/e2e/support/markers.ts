import { randomInt } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Canary markers for the privacy battery: one unique, random word per field, so a finding names
 * the field that leaked. Each marker is kept as bytes, never as a long-lived JS string: a heap
 * snapshot of this process must not find the markers merely because the test itself holds them.
 * `text(field)` makes a fresh string for the one call that sends it.
 */
export class Markers<F extends string> {
  private readonly bytes = new Map<F, Buffer>();

  constructor(fields: readonly F[]) {
    for (const f of fields) {
      const b = Buffer.alloc(15);
      b.write('MKR', 'latin1');
      for (let i = 3; i < b.length; i++) b[i] = 0x41 + randomInt(26);
      this.bytes.set(f, b);
    }
  }

  get fields(): F[] {
    return [...this.bytes.keys()];
  }

  /** The marker as a string, for typing or sending it. Do not keep it. */
  text(field: F): string {
    return this.raw(field).toString('latin1');
  }

  /** The marker in lower case, as a search index would fold it. */
  lower(field: F): string {
    return this.text(field).toLowerCase();
  }

  /** What to look for in bytes: the marker and its lower case, in UTF-8, UTF-16LE and UTF-16BE. */
  needles(field: F): { encoding: string; bytes: Buffer }[] {
    const out: { encoding: string; bytes: Buffer }[] = [];
    for (const [caseName, s] of [
      ['', this.raw(field)],
      [' lower-case', Buffer.from(this.raw(field).toString('latin1').toLowerCase(), 'latin1')],
    ] as const) {
      const le = Buffer.alloc(s.length * 2);
      for (let i = 0; i < s.length; i++) le[i * 2] = s[i]!;
      out.push({ encoding: `UTF-8${caseName}`, bytes: Buffer.from(s) });
      out.push({ encoding: `UTF-16LE${caseName}`, bytes: le });
      out.push({ encoding: `UTF-16BE${caseName}`, bytes: Buffer.from(le).swap16() });
    }
    return out;
  }

  /** Which fields' markers (either case) occur in a piece of text. */
  foundIn(text: string): F[] {
    const lower = text.toLowerCase();
    return this.fields.filter((f) => lower.includes(this.raw(f).toString('latin1').toLowerCase()));
  }

  private raw(field: F): Buffer {
    const b = this.bytes.get(field);
    if (!b) throw new Error(`no marker for ${field}`);
    return b;
  }
}

export interface FileFinding {
  field: string;
  encoding: string;
  file: string;
}

export interface ScanResult {
  files: number;
  bytes: number;
  findings: FileFinding[];
  /** Files that vanished or could not be read while scanning (a browser profile's lock files). */
  unreadable: string[];
}

/** Every regular file under `root` (symlinks, sockets and the like are not followed). */
export function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      const info = lstatSync(full);
      if (info.isDirectory()) walk(full);
      else if (info.isFile()) out.push(full);
    }
  };
  walk(root);
  return out.sort();
}

/** Reads every byte of every file under `root` and looks for every marker in every encoding. */
export function scanFiles<F extends string>(
  root: string,
  markers: Markers<F>,
  alsoLookFor: Record<string, string> = {},
): ScanResult & { extra: Record<string, string[]> } {
  const needles = markers.fields.flatMap((field) => markers.needles(field).map((n) => ({ field: field as string, ...n })));
  for (const [name, text] of Object.entries(alsoLookFor))
    needles.push({ field: `(${name})`, encoding: 'UTF-8', bytes: Buffer.from(text, 'utf8') });
  const findings: FileFinding[] = [];
  const extra: Record<string, string[]> = Object.fromEntries(Object.keys(alsoLookFor).map((k) => [k, [] as string[]]));
  const unreadable: string[] = [];
  let bytes = 0;
  const files = filesUnder(root);
  for (const file of files) {
    let data: Buffer;
    try {
      data = readFileSync(file);
    } catch {
      unreadable.push(relative(root, file));
      continue;
    }
    bytes += data.length;
    for (const n of needles) {
      if (!data.includes(n.bytes)) continue;
      if (n.field.startsWith('(')) extra[n.field.slice(1, -1)]!.push(relative(root, file));
      else findings.push({ field: n.field, encoding: n.encoding, file: relative(root, file) });
    }
  }
  return { files: files.length - unreadable.length, bytes, findings, unreadable, extra };
}
