import { MendError } from '../../../shared/errors';
import {
  plainTextOf,
  wordCount,
  type Entry,
  type EntryDraft,
  type EntryFilters,
  type EntryPatch,
  type EntrySummary,
} from '../../../shared/domain/entry';
import type { SearchHit } from '../../../shared/contract';
import type { Clock } from '../ports';
import type { Sodium } from '../crypto/sodium';
import { randomId } from '../ids';
import type { Session } from '../vault/session';
import type { VaultService } from '../vault/service';
import { matchesFilters, newestFirst } from './filters';
import { SearchIndex, type IndexedDoc } from './search';
import { decodeSnapshot, encodeSnapshot, SNAPSHOT_ID, SNAPSHOT_TYPE } from './snapshot';
import { excerptOf } from './excerpt';
import { makeSnippet, termsPattern } from './snippet';

/** Two records per entry: small metadata for the timeline, and the body (editor state + text). */
export const ENTRY_TYPE = 'entry';
export const BODY_TYPE = 'entry-body';
const bodyId = (id: string) => `body:${id}`;

export const TRASH_DAYS = 30;

type EntryMeta = Omit<EntrySummary, 'id' | 'rev' | 'damaged'>;

export interface ImportItem {
  draft: EntryDraft;
  createdAt?: number;
  updatedAt?: number;
  trashed?: boolean;
}
interface EntryBody {
  body: string;
  text: string;
}

interface Cache {
  session: Session;
  metas: Map<string, EntrySummary>;
  damaged: { id: string; damaged: true }[];
  sorted: EntrySummary[] | null;
  index: SearchIndex;
  /** Plain text per entry, for search snippets without decrypting again. Memory only. */
  texts: Map<string, string>;
  /** Entries whose excerpt is not loaded (the snapshot leaves excerpts out): see `present`. */
  noExcerpt: Set<string>;
  /** Entries changed since the metadata snapshot was written. */
  stale: Set<string>;
  /** The snapshot is behind for another reason (found stale at unlock). */
  snapshotBehind: boolean;
  snapshotQueued: boolean;
}

/**
 * The metadata snapshot (see ./snapshot) may lag behind: entries whose revision differs from it
 * are read from their own records, so a crash before it is rewritten costs speed, never
 * correctness. It is rewritten once this many different entries have changed since (a long
 * writing session autosaves one entry hundreds of times: that is one stale entry, not hundreds, and
 * rewriting the whole snapshot for it would be wasted writes), and on lock.
 */
const SNAPSHOT_EVERY = 250;

/**
 * The private journal. Decrypted metadata is cached in memory for the timeline and a search index
 * is built in the background after the first read; both are dropped the moment the vault locks.
 */
export class JournalService {
  private cache: Cache | null = null;

  constructor(
    private readonly vaults: VaultService,
    private readonly clock: Clock,
    private readonly sodium: Sodium,
  ) {
    vaults.onLock(() => {
      const c = this.cache;
      this.cache = null;
      if (!c) return;
      c.index.drop();
      c.texts.clear();
      // Lock hooks run before the key is wiped: the last chance to bring the snapshot up to date.
      if (c.stale.size > 0 || c.snapshotBehind) this.writeSnapshot(c);
    });
  }

  create(draft: EntryDraft): Entry {
    const c = this.load();
    const id = randomId();
    const now = this.clock.now();
    const text = plainTextOf(draft.body);
    const meta: EntryMeta = {
      kind: draft.kind,
      title: draft.title,
      excerpt: excerptOf(text),
      mood: draft.mood,
      intensity: draft.intensity,
      emotions: draft.emotions,
      tags: draft.tags,
      happenedOn: draft.happenedOn,
      createdAt: now,
      updatedAt: now,
      wordCount: wordCount(text),
      trashedAt: null,
      sharedAt: null,
    };
    const rev = c.session.store.transaction(() => {
      c.session.store.put<EntryBody>(BODY_TYPE, bodyId(id), { body: draft.body, text });
      return c.session.store.put<EntryMeta>(ENTRY_TYPE, id, meta);
    });
    const summary: EntrySummary = { id, rev, ...meta };
    this.remember(c, summary, text);
    return { ...summary, body: draft.body };
  }

  update(id: string, patch: EntryPatch, baseRev?: number): Entry {
    const c = this.load();
    const current = this.requireEntry(c, id);
    if (current.trashedAt !== null) throw new MendError('conflict', 'This entry is in the trash. Restore it to edit it.');
    if (baseRev !== undefined && baseRev !== current.rev) {
      throw new MendError('conflict', 'This entry was changed somewhere else since you opened it. Reopen it to see the latest version.');
    }
    const body = patch.body !== undefined ? { body: patch.body, text: plainTextOf(patch.body) } : this.readBody(c, id);
    const meta: EntryMeta = {
      ...stripIds(current),
      ...definedOnly({
        kind: patch.kind,
        title: patch.title,
        mood: patch.mood,
        intensity: patch.intensity,
        emotions: patch.emotions,
        tags: patch.tags,
        happenedOn: patch.happenedOn,
      }),
      excerpt: excerptOf(body.text),
      wordCount: wordCount(body.text),
      updatedAt: this.clock.now(),
    };
    const rev = c.session.store.transaction(() => {
      if (patch.body !== undefined) c.session.store.put<EntryBody>(BODY_TYPE, bodyId(id), body);
      return c.session.store.put<EntryMeta>(ENTRY_TYPE, id, meta);
    });
    const summary: EntrySummary = { id, rev, ...meta };
    this.remember(c, summary, body.text);
    return { ...summary, body: body.body };
  }

  get(id: string): Entry {
    const c = this.load();
    const summary = this.requireEntry(c, id);
    const body = this.readBody(c, id);
    if (c.noExcerpt.delete(id)) summary.excerpt = excerptOf(body.text);
    return { ...summary, body: body.body };
  }

  list(filters: EntryFilters, trash: boolean, page: { offset: number; limit: number }) {
    const c = this.load();
    const all = this.sorted(c).filter((e) => (trash ? e.trashedAt !== null : e.trashedAt === null) && matchesFilters(e, filters));
    const items = all.slice(page.offset, page.offset + page.limit).map((e) => this.present(c, e));
    return { items, total: all.length, damaged: c.damaged };
  }

  async search(query: string, filters: EntryFilters, limit: number): Promise<{ hits: SearchHit[]; indexing: boolean }> {
    const c = this.load();
    await c.index.whenReady();
    if (this.cache !== c) throw new MendError('locked', 'Your journal is locked. Unlock it to continue.');
    // Words as typed first; typo tolerance (which walks the whole vocabulary) only when that finds
    // nothing among the entries the filters allow.
    const patterns = new Map<string, RegExp | null>();
    const patternFor = (terms: string[]) => {
      const key = terms.join('\u0000');
      if (!patterns.has(key)) patterns.set(key, termsPattern(terms));
      return patterns.get(key)!;
    };
    const collect = (typos: boolean): SearchHit[] => {
      const hits: SearchHit[] = [];
      // Results arrive best first and lazily: stopping at `limit` skips ranking the rest.
      for (const r of c.index.search(query, typos)) {
        const e = c.metas.get(r.id);
        if (!e || e.trashedAt !== null || !matchesFilters(e, filters)) continue;
        // Every indexed entry's text is in memory, except one whose body is damaged: it was indexed
        // by title and tags alone, and shows its title as the passage.
        const text = c.texts.get(r.id) ?? '';
        hits.push({ entry: this.present(c, e), score: r.score, snippet: makeSnippet(text || e.title, r.terms, 90, patternFor(r.terms)) });
        if (hits.length >= limit) break;
      }
      return hits;
    };
    const exact = collect(false);
    return { hits: exact.length > 0 ? exact : collect(true), indexing: false };
  }

  /**
   * Every summary, trash included, newest first: for Progress, export and backup checks. Excerpts
   * may be empty (they load a page at a time): pass any summaries a screen shows through
   * `withExcerpts`.
   */
  allSummaries(): readonly EntrySummary[] {
    return this.sorted(this.load());
  }

  withExcerpts(summaries: readonly EntrySummary[]): EntrySummary[] {
    const c = this.load();
    return summaries.map((e) => this.present(c, e));
  }

  facets() {
    const c = this.load();
    const counts = new Map<string, { tag: string; count: number }>();
    let total = 0;
    let trashed = 0;
    for (const e of c.metas.values()) {
      if (e.trashedAt !== null) {
        trashed++;
        continue;
      }
      total++;
      for (const t of e.tags) {
        const key = t.toLowerCase();
        const slot = counts.get(key) ?? { tag: t, count: 0 };
        slot.count++;
        counts.set(key, slot);
      }
    }
    return { tags: [...counts.values()].sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag)), total, trashed };
  }

  trash(id: string): EntrySummary {
    return this.setTrashed(id, this.clock.now());
  }

  restore(id: string): EntrySummary {
    return this.setTrashed(id, null);
  }

  /** Permanent: both rows are deleted, and secure_delete overwrites their pages. */
  purge(id: string): null {
    const c = this.load();
    this.purgeOne(c, id);
    // The snapshot must forget it too, at once: permanent means permanent.
    this.writeSnapshot(c);
    return null;
  }

  private purgeOne(c: Cache, id: string): void {
    this.requireEntry(c, id);
    c.session.store.transaction(() => {
      c.session.store.delete(bodyId(id));
      c.session.store.delete(id);
    });
    c.metas.delete(id);
    c.texts.delete(id);
    c.sorted = null;
    c.index.remove(id);
  }

  emptyTrash(): { purged: number } {
    const c = this.load();
    const ids = [...c.metas.values()].filter((e) => e.trashedAt !== null).map((e) => e.id);
    for (const id of ids) this.purgeOne(c, id);
    if (ids.length) this.writeSnapshot(c);
    return { purged: ids.length };
  }

  /**
   * Writes many entries in ONE transaction (imports are all or nothing), keeping the times the
   * source had. Progress is reported between encryption batches.
   */
  async importMany(items: readonly ImportItem[], progress: (done: number) => Promise<void>): Promise<number> {
    const c = this.load();
    const now = this.clock.now();
    const prepared = [] as { id: string; meta: EntryMeta; body: EntryBody }[];
    for (let i = 0; i < items.length; i++) {
      const { draft, createdAt, updatedAt, trashed } = items[i]!;
      const text = plainTextOf(draft.body);
      prepared.push({
        id: randomId(),
        body: { body: draft.body, text },
        meta: {
          kind: draft.kind,
          title: draft.title,
          excerpt: excerptOf(text),
          mood: draft.mood,
          intensity: draft.intensity,
          emotions: draft.emotions,
          tags: draft.tags,
          happenedOn: draft.happenedOn,
          createdAt: createdAt ?? now,
          updatedAt: updatedAt ?? createdAt ?? now,
          wordCount: wordCount(text),
          trashedAt: trashed ? now : null,
          sharedAt: null,
        },
      });
      if (i % 200 === 199) await progress(i + 1);
    }
    const revs = c.session.store.transaction(() =>
      prepared.map((p) => {
        c.session.store.put<EntryBody>(BODY_TYPE, bodyId(p.id), p.body);
        return c.session.store.put<EntryMeta>(ENTRY_TYPE, p.id, p.meta);
      }),
    );
    prepared.forEach((p, i) => this.remember(c, { id: p.id, rev: revs[i]!, ...p.meta }, p.body.text, false));
    this.writeSnapshot(c);
    return prepared.length;
  }

  /** For the partner feature: mark entries as shared. */
  markShared(ids: readonly string[], at: number): void {
    const c = this.load();
    c.session.store.transaction(() => {
      for (const id of ids) {
        const e = this.present(c, this.requireEntry(c, id));
        const meta: EntryMeta = { ...stripIds(e), sharedAt: at };
        const rev = c.session.store.put<EntryMeta>(ENTRY_TYPE, id, meta);
        c.metas.set(id, { id, rev, ...meta });
      }
    });
    c.sorted = null;
    this.touched(c, ids);
  }

  /** Resolves when the search index has every entry (tests and the bench wait on it). */
  async indexReady(): Promise<void> {
    await this.load().index.whenReady();
  }

  longestIndexSliceMs(): number {
    return this.cache?.index.longestSliceMs ?? 0;
  }

  /** Saves applied to the search index since unlock, and the time that took (for the benchmark). */
  indexUpdates(): { applied: number; ms: number } {
    return { ...(this.cache?.index.updates ?? { applied: 0, ms: 0 }) };
  }

  // ---- internals -----------------------------------------------------------------------------

  private load(): Cache {
    const session = this.vaults.requireSession();
    if (this.cache && this.cache.session === session) return this.cache;
    const metas = new Map<string, EntrySummary>();
    const damaged: { id: string; damaged: true }[] = [];
    let snapshot: EntrySummary[] = [];
    let withExcerpts = true;
    try {
      const decoded = decodeSnapshot(session.store.get<unknown>(SNAPSHOT_TYPE, SNAPSHOT_ID)?.value);
      if (decoded) ({ entries: snapshot, withExcerpts } = decoded);
    } catch {
      // A damaged snapshot is only a lost shortcut: every entry is read from its own record below.
    }
    // Revisions come from a plaintext column (no decryption). Entries are taken in the snapshot's
    // order (newest first), so sorting the timeline afterwards is a pass over an ordered list.
    const revs = new Map(session.store.versions(ENTRY_TYPE).map((v) => [v.id, v.rev]));
    let stale = 0;
    const noExcerpt = new Set<string>();
    for (const e of snapshot) {
      if (revs.get(e.id) !== e.rev) continue;
      if (!withExcerpts) noExcerpt.add(e.id);
      metas.set(e.id, e);
      revs.delete(e.id);
    }
    if (metas.size !== snapshot.length) stale++;
    for (const id of revs.keys()) {
      stale++;
      try {
        const r = session.store.get<EntryMeta>(ENTRY_TYPE, id);
        if (r) metas.set(id, { id, rev: r.rev, ...r.value });
      } catch {
        damaged.push({ id, damaged: true });
      }
    }
    const c: Cache = {
      session,
      metas,
      damaged,
      sorted: null,
      index: new SearchIndex(),
      texts: new Map(),
      noExcerpt,
      stale: new Set(),
      snapshotBehind: stale > 0,
      snapshotQueued: false,
    };
    this.cache = c;
    this.purgeExpired(c);
    void c.index.build(this.indexDocs(c));
    return c;
  }

  private writeSnapshot(c: Cache): void {
    try {
      c.session.store.put(SNAPSHOT_TYPE, SNAPSHOT_ID, encodeSnapshot(this.sorted(c)));
      c.stale.clear();
      c.snapshotBehind = false;
    } catch {
      // Disk full or read-only: the snapshot is an optimisation; entries are already saved.
    }
  }

  private touched(c: Cache, ids: readonly string[]): void {
    for (const id of ids) c.stale.add(id);
    if (c.stale.size < SNAPSHOT_EVERY || c.snapshotQueued) return;
    // Rewritten just after the save has answered, so no save waits for the whole snapshot.
    c.snapshotQueued = true;
    setImmediate(() => {
      c.snapshotQueued = false;
      if (this.cache === c && c.stale.size >= SNAPSHOT_EVERY) this.writeSnapshot(c);
    });
  }

  private *indexDocs(c: Cache): Generator<IndexedDoc> {
    for (const { id } of [...c.metas.values()]) {
      if (this.cache !== c) return;
      // Read now, not when the build started: it may have been edited or trashed since.
      const e = c.metas.get(id);
      if (!e || e.trashedAt !== null) continue;
      let text = '';
      try {
        text = c.session.store.get<EntryBody>(BODY_TYPE, bodyId(e.id))?.value.text ?? '';
        c.texts.set(e.id, text);
      } catch {
        // A damaged body is still listed (from its metadata) and simply not searchable.
      }
      yield docOf(e, text);
    }
  }

  private purgeExpired(c: Cache): void {
    const cutoff = this.clock.now() - TRASH_DAYS * 24 * 60 * 60 * 1000;
    const expired = [...c.metas.values()].filter((e) => e.trashedAt !== null && e.trashedAt < cutoff);
    if (expired.length === 0) return;
    c.session.store.transaction(() => {
      for (const e of expired) {
        c.session.store.delete(bodyId(e.id));
        c.session.store.delete(e.id);
        c.metas.delete(e.id);
      }
    });
    this.writeSnapshot(c);
  }

  private sorted(c: Cache): EntrySummary[] {
    c.sorted ??= [...c.metas.values()].sort(newestFirst);
    return c.sorted;
  }

  /**
   * The summary with its excerpt filled in: from the text in memory once the search index has
   * loaded it, else from the entry's own record (one small decryption). Summaries are this
   * service's own objects, so the excerpt is kept on them for next time.
   */
  private present(c: Cache, e: EntrySummary): EntrySummary {
    if (!c.noExcerpt.has(e.id)) return e;
    const text = c.texts.get(e.id);
    if (text !== undefined) e.excerpt = excerptOf(text);
    else {
      try {
        e.excerpt = c.session.store.get<EntryMeta>(ENTRY_TYPE, e.id)?.value.excerpt ?? '';
      } catch {
        // A damaged record keeps an empty excerpt; opening the entry reports the damage.
      }
    }
    c.noExcerpt.delete(e.id);
    return e;
  }

  private requireEntry(c: Cache, id: string): EntrySummary {
    const e = c.metas.get(id);
    if (!e) {
      if (c.damaged.some((d) => d.id === id))
        throw new MendError('damaged', 'This entry is damaged and cannot be read. Your other entries are fine.');
      throw new MendError('not_found', 'That entry is not in your journal any more.');
    }
    return e;
  }

  private readBody(c: Cache, id: string): EntryBody {
    try {
      const r = c.session.store.get<EntryBody>(BODY_TYPE, bodyId(id));
      if (!r) throw new MendError('damaged', 'The text of this entry is missing. Your other entries are fine.');
      return r.value;
    } catch (e) {
      if (e instanceof MendError) throw e;
      throw new MendError('damaged', 'The text of this entry is damaged and cannot be read. Your other entries are fine.');
    }
  }

  private remember(c: Cache, summary: EntrySummary, text: string, countTowardsSnapshot = true): void {
    c.metas.set(summary.id, summary);
    c.noExcerpt.delete(summary.id);
    c.sorted = null;
    c.texts.set(summary.id, text);
    if (countTowardsSnapshot) this.touched(c, [summary.id]);
    if (summary.trashedAt === null) c.index.upsert(docOf(summary, text));
    else c.index.remove(summary.id);
  }

  private setTrashed(id: string, at: number | null): EntrySummary {
    const c = this.load();
    const e = this.present(c, this.requireEntry(c, id));
    const meta: EntryMeta = { ...stripIds(e), trashedAt: at };
    const rev = c.session.store.put<EntryMeta>(ENTRY_TYPE, id, meta);
    const summary: EntrySummary = { id, rev, ...meta };
    this.remember(c, summary, at === null ? this.readBody(c, id).text : '');
    return summary;
  }
}


function docOf(e: EntrySummary, text: string): IndexedDoc {
  return { id: e.id, title: e.title, text, tags: e.tags.join(' '), emotions: e.emotions.join(' ') };
}

function stripIds(e: EntrySummary): EntryMeta {
  const { id: _id, rev: _rev, damaged: _d, ...meta } = e;
  return meta;
}

function definedOnly<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
