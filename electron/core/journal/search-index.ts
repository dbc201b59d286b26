import MiniSearch from 'minisearch';

export interface IndexedDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
  emotions: string;
}

const OPTIONS = {
  fields: ['title', 'text', 'tags', 'emotions'],
  storeFields: [] as string[],
  searchOptions: {
    boost: { title: 2, tags: 1.5, emotions: 1.5 },
    prefix: true,
    // Typo tolerance grows with word length: "betryed" finds "betrayed", "hop" does not find "top".
    fuzzy: (term: string) => (term.length < 4 ? false : term.length < 7 ? 1 : 2),
    combineWith: 'AND' as const,
  },
};

/**
 * Full-text search over decrypted entries, in memory only: it is never serialised, and it is
 * dropped when the vault locks. Building yields to the event loop every few milliseconds so a
 * large journal never blocks the process that answers the window.
 */
export class SearchIndex {
  private mini = new MiniSearch<IndexedDoc>(OPTIONS);
  private ready: Promise<void> = Promise.resolve();
  private building = false;
  private dropped = false;
  /** Longest synchronous slice while building, for the benchmark. */
  longestSliceMs = 0;

  /** Adds documents from `load` in slices of ~sliceMs; `load(i)` returns null when done. */
  build(docs: Iterable<IndexedDoc>, sliceMs = 8): Promise<void> {
    this.building = true;
    const it = docs[Symbol.iterator]();
    this.ready = new Promise<void>((resolve) => {
      const step = () => {
        if (this.dropped) return resolve();
        const start = performance.now();
        for (;;) {
          const next = it.next();
          if (next.done) {
            this.building = false;
            this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
            return resolve();
          }
          this.upsert(next.value);
          if (performance.now() - start >= sliceMs) break;
        }
        this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
        setImmediate(step);
      };
      step();
    });
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  isBuilding(): boolean {
    return this.building;
  }

  upsert(doc: IndexedDoc): void {
    if (this.mini.has(doc.id)) this.mini.replace(doc);
    else this.mini.add(doc);
  }

  remove(id: string): void {
    if (this.mini.has(id)) this.mini.discard(id);
  }

  /** `typos: false` matches exact words and prefixes only: much cheaper than walking the vocabulary. */
  search(query: string, typos = true): { id: string; score: number; terms: string[] }[] {
    return this.mini.search(query, typos ? {} : { fuzzy: false }).map((r) => ({ id: String(r.id), score: r.score, terms: r.terms }));
  }

  /** Forget everything (on lock). A build in progress stops at its next slice. */
  drop(): void {
    this.dropped = true;
    this.mini.removeAll();
  }
}
