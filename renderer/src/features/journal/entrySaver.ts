import type { Entry, EntryDraft, EntryKind, EntryPatch } from '../../../../shared/domain/entry';
import { isMendError, type ErrorCode } from '../../../../shared/errors';
import { messageOf } from '../../lib/errors';

/** Everything the entry page edits; the same shape as a complete draft. */
export interface DraftValues {
  kind: EntryKind;
  title: string;
  body: string;
  mood: number | null;
  intensity: number | null;
  emotions: string[];
  tags: string[];
  happenedOn: string;
}
type Field = keyof DraftValues;

export type SaveState =
  /** Nothing has changed since the entry opened. */
  | { status: 'clean' }
  /** Changes wait for the pause in typing. */
  | { status: 'pending' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'failed'; code: ErrorCode | 'unknown'; message: string };

export interface SaverPorts {
  create(draft: EntryDraft): Promise<Entry>;
  update(id: string, baseRev: number, patch: EntryPatch): Promise<Entry>;
}

export interface SaverOptions {
  ports: SaverPorts;
  initial: DraftValues;
  /** The saved entry being edited, or null for a new one (created on the first save). */
  existing: { id: string; rev: number } | null;
  delayMs: number;
  onState(state: SaveState): void;
  onSaved(entry: Entry): void;
}

function sameValue(a: DraftValues[Field], b: DraftValues[Field]): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/**
 * Autosave for one entry, written so words are never lost:
 * - edits are kept here (never in web storage) and saved after a pause in typing, or at once on
 *   `flush()` (blur, Ctrl+S, leaving the page, lock, quit);
 * - one request at a time: a flush during a save waits for it, then saves whatever changed
 *   meanwhile in one coalesced request;
 * - the first save creates the entry, later ones update it with the revision they started from;
 * - a failed save puts its fields back as unsaved, so nothing is dropped, and the next edit or
 *   a Retry tries again.
 * It holds the decrypted draft only as long as the page that owns it is mounted.
 */
export class EntrySaver {
  private values: DraftValues;
  private readonly dirty = new Set<Field>();
  private saved: { id: string; rev: number } | null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private chain: Promise<void> = Promise.resolve();
  private busy = false;
  private state: SaveState = { status: 'clean' };

  constructor(private readonly o: SaverOptions) {
    this.values = { ...o.initial };
    this.saved = o.existing;
  }

  get entryId(): string | null {
    return this.saved?.id ?? null;
  }

  get current(): Readonly<DraftValues> {
    return this.values;
  }

  get hasUnsaved(): boolean {
    return this.dirty.size > 0 || this.busy;
  }

  /** Records edits; only fields that really changed count, so reopening an entry saves nothing. */
  edit(patch: Partial<DraftValues>): void {
    let changed = false;
    for (const key of Object.keys(patch) as Field[]) {
      const next = patch[key];
      if (next === undefined || sameValue(next, this.values[key])) continue;
      this.values = { ...this.values, [key]: next };
      this.dirty.add(key);
      changed = true;
    }
    if (!changed) return;
    // Only a change of status is news: re-announcing 'pending' on every edit re-rendered the whole
    // entry page several times a second while typing.
    if (!this.busy && this.state.status !== 'pending') this.setState({ status: 'pending' });
    this.schedule();
  }

  /** Saves everything unsaved now; resolves once it is saved or has failed (never rejects). */
  flush(): Promise<void> {
    this.cancelTimer();
    const run = this.chain.then(() => this.drain());
    this.chain = run;
    return run;
  }

  /** Stops the pending timer; the owner calls flush() first when it goes away. */
  dispose(): void {
    this.cancelTimer();
  }

  private schedule(): void {
    this.cancelTimer();
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.o.delayMs);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private async drain(): Promise<void> {
    while (this.dirty.size > 0) {
      const fields = [...this.dirty];
      this.dirty.clear();
      const snapshot = this.values;
      this.busy = true;
      this.setState({ status: 'saving' });
      try {
        const entry = this.saved
          ? await this.o.ports.update(this.saved.id, this.saved.rev, pick(snapshot, fields))
          : await this.o.ports.create({ ...snapshot });
        this.saved = { id: entry.id, rev: entry.rev };
        this.o.onSaved(entry);
      } catch (e) {
        for (const f of fields) this.dirty.add(f);
        this.busy = false;
        this.setState({ status: 'failed', code: isMendError(e) ? e.code : 'unknown', message: messageOf(e) });
        return;
      }
      this.busy = false;
    }
    if (this.state.status === 'saving') this.setState({ status: 'saved' });
  }

  private setState(state: SaveState): void {
    this.state = state;
    this.o.onState(state);
  }
}

function pick(values: DraftValues, fields: readonly Field[]): EntryPatch {
  const patch: Record<string, unknown> = {};
  for (const f of fields) patch[f] = values[f];
  return patch as EntryPatch;
}
