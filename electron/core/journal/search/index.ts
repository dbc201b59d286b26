import { allowedEdits, boundedDistance } from './fuzzy';
import { isUnspaced, tokenize } from './tokens';
import { topK } from './top-k';
import { Vocabulary } from './vocabulary';

export interface IndexedDoc {
  id: string;
  title: string;
  text: string;
  tags: string;
  emotions: string;
}

export interface SearchMatch {
  id: string;
  score: number;
  /** The indexed words this entry matched, for highlighting. */
  terms: string[];
}

/** Field weights, doubled so they stay integers (a title word counts twice a body word). */
const FIELD_WEIGHTS2 = { title: 4, text: 2, tags: 3, emotions: 3 } as const;
/** BM25's usual constants. */
const K1 = 1.2;
const B = 0.7;
/** A word that only starts with what was typed, or is near it, counts for less than the word itself. */
const PREFIX_WEIGHT = 0.5;
const FUZZY_WEIGHT = 0.3;
const MAX_QUERY_WORDS = 32;

interface Expansion {
  term: number;
  weight: number;
}

/**
 * Full-text search over decrypted entries, in memory only: never serialised, dropped when the
 * vault locks. An inverted index in typed arrays (one posting list per word: entry slots and
 * weighted counts), ranked with BM25, so a 10,000-entry journal costs a few MB and a query touches
 * only the entries containing its words.
 *
 * Entries live in slots. Editing an entry retires its slot and gives it a new one: retired slots
 * are skipped by queries and swept out of the posting lists once there are enough of them, so a
 * save never has to walk the lists. Updates are queued and applied just after the save that made
 * them has answered (or at the start of the next search), keeping saves off the index's clock.
 */
export class SearchIndex {
  private readonly vocab = new Vocabulary();
  private postSlots: Int32Array[] = [];
  private postTfs: Uint16Array[] = [];
  private postLen: number[] = [];
  private df: number[] = [];
  private tfScratch = new Int32Array(1024);
  private scratch = {
    acc: new Float64Array(0),
    seen: new Uint8Array(0),
    candidates: new Int32Array(0),
    hitSlots: new Int32Array(0),
    hitScores: new Float64Array(0),
  };
  /** Bumped by every search: a result stream resumed after a newer search began stops. */
  private searches = 0;

  private slotId: (string | null)[] = [];
  private slotTerms: (Int32Array | null)[] = [];
  private slotLen = new Float32Array(1024);
  /** 1 while the slot holds a current entry, 0 once retired. */
  private alive = new Uint8Array(1024);
  private readonly idToSlot = new Map<string, number>();
  private live = 0;
  private retired = 0;
  private totalLen = 0;

  private readonly pending = new Map<string, IndexedDoc | null>();
  private flushQueued = false;
  private ready: Promise<void> = Promise.resolve();
  private building = false;
  private dropped = false;
  /** Longest synchronous slice while building or catching up, for the benchmark. */
  longestSliceMs = 0;
  /** Edits applied after the build, and the time spent applying them (for the benchmark). */
  readonly updates = { applied: 0, ms: 0 };

  /**
   * Adds documents in slices of about `sliceMs`, yielding to the event loop between them so a large
   * journal never blocks the process that answers the window. Starts on the next turn, so the
   * unlock that triggered it answers first.
   */
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
            this.vocab.settle();
            this.noteSlice(start);
            return resolve();
          }
          this.removeDoc(next.value.id);
          this.addDoc(next.value);
          if (performance.now() - start >= sliceMs) break;
        }
        this.noteSlice(start);
        setImmediate(step);
      };
      setImmediate(step);
    });
    return this.ready;
  }

  whenReady(): Promise<void> {
    return this.ready;
  }

  isBuilding(): boolean {
    return this.building;
  }

  /** Number of entries that can be found. */
  get size(): number {
    this.flush();
    return this.live;
  }

  upsert(doc: IndexedDoc): void {
    this.enqueue(doc.id, doc);
  }

  remove(id: string): void {
    this.enqueue(id, null);
  }

  /**
   * Entries containing every word of the query (or a word starting with it), best first, produced
   * lazily: a common word matches most of the journal, and callers stop after a page of results.
   * `typos` also accepts words a few edits away; it walks the whole vocabulary, so callers try
   * without it first.
   */
  *search(query: string, typos = true): Generator<SearchMatch> {
    this.flush();
    const words = [...new Set(tokenize(query))].slice(0, MAX_QUERY_WORDS);
    if (words.length === 0 || this.live === 0) return;
    const expanded = words.map((w) => this.expand(w, typos));
    if (expanded.some((x) => x.length === 0)) return;
    // Rarest word first: later words only revisit entries the earlier ones kept.
    const cost = (x: Expansion[]) => x.reduce((n, e) => n + this.postLen[e.term]!, 0);
    const order = expanded.map((x, i) => ({ x, c: cost(x), i })).sort((a, b) => a.c - b.c);

    const run = ++this.searches;
    const { hitSlots, hitScores, n } = this.score(order.map((o) => o.x));
    const allTerms = expanded.flat().map((e) => e.term);
    // Best 64 first; if the caller wants more (filters rejected some), widen and skip what was given.
    let given = 0;
    for (let k = 64; given < n; k *= 4) {
      const best = topK(hitSlots, hitScores, n, k);
      for (let i = given; i < best.length; i++) {
        const s = hitSlots[best[i]!]!;
        const id = this.slotId[s];
        if (id === null || id === undefined) continue;
        yield { id, score: hitScores[best[i]!]!, terms: this.termsIn(s, allTerms) };
        // The scratch buffers now belong to a newer search.
        if (run !== this.searches) return;
      }
      given = best.length;
    }
  }

  /** Forget everything (on lock). A build in progress stops at its next slice. */
  drop(): void {
    this.dropped = true;
    this.pending.clear();
    this.vocab.clear();
    this.postSlots = [];
    this.postTfs = [];
    this.postLen = [];
    this.df = [];
    this.slotId = [];
    this.slotTerms = [];
    this.slotLen = new Float32Array(0);
    this.alive = new Uint8Array(0);
    this.idToSlot.clear();
    this.live = 0;
  }

  // ---- updates -------------------------------------------------------------------------------

  private enqueue(id: string, doc: IndexedDoc | null): void {
    if (this.dropped) return;
    this.pending.set(id, doc);
    if (this.flushQueued) return;
    this.flushQueued = true;
    setImmediate(() => this.flush());
  }

  private flush(): void {
    this.flushQueued = false;
    if (this.pending.size === 0) return;
    const start = performance.now();
    for (const [id, doc] of this.pending) {
      this.removeDoc(id);
      if (doc) this.addDoc(doc);
    }
    this.updates.applied += this.pending.size;
    this.pending.clear();
    if (!this.building) this.vocab.settle();
    if (this.retired > 512 && this.retired > this.live / 4) this.sweep();
    this.updates.ms += performance.now() - start;
    this.noteSlice(start);
  }

  private addDoc(doc: IndexedDoc): void {
    const slot = this.slotId.length;
    const touched: number[] = [];
    let len2 = 0;
    for (const field of ['title', 'text', 'tags', 'emotions'] as const) {
      const w2 = FIELD_WEIGHTS2[field];
      for (const word of tokenize(doc[field])) {
        const term = this.termId(word);
        if (this.tfScratch[term] === 0) touched.push(term);
        this.tfScratch[term]! += w2;
        len2 += w2;
      }
    }
    touched.sort((a, b) => a - b);
    for (const term of touched) {
      this.append(term, slot, Math.min(0xffff, this.tfScratch[term]!));
      this.tfScratch[term] = 0;
      this.df[term]!++;
    }
    if (slot >= this.slotLen.length) {
      this.slotLen = grow(this.slotLen, slot + 1);
      this.alive = grow(this.alive, slot + 1);
    }
    this.slotLen[slot] = len2 / 2;
    this.alive[slot] = 1;
    this.slotId.push(doc.id);
    this.slotTerms.push(Int32Array.from(touched));
    this.idToSlot.set(doc.id, slot);
    this.totalLen += len2 / 2;
    this.live++;
  }

  private removeDoc(id: string): void {
    const slot = this.idToSlot.get(id);
    if (slot === undefined) return;
    for (const term of this.slotTerms[slot]!) this.df[term]!--;
    this.totalLen -= this.slotLen[slot]!;
    this.slotId[slot] = null;
    this.slotTerms[slot] = null;
    this.alive[slot] = 0;
    this.idToSlot.delete(id);
    this.live--;
    this.retired++;
  }

  private termId(word: string): number {
    const known = this.vocab.id(word);
    if (known !== undefined) return known;
    const term = this.vocab.add(word);
    this.postSlots.push(new Int32Array(4));
    this.postTfs.push(new Uint16Array(4));
    this.postLen.push(0);
    this.df.push(0);
    if (term >= this.tfScratch.length) {
      const bigger = new Int32Array(this.tfScratch.length * 2);
      bigger.set(this.tfScratch);
      this.tfScratch = bigger;
    }
    return term;
  }

  private append(term: number, slot: number, tf: number): void {
    const n = this.postLen[term]!;
    if (n === this.postSlots[term]!.length) {
      this.postSlots[term] = grow(this.postSlots[term]!, n + 1);
      this.postTfs[term] = grow(this.postTfs[term]!, n + 1);
    }
    this.postSlots[term]![n] = slot;
    this.postTfs[term]![n] = tf;
    this.postLen[term] = n + 1;
  }

  /** Drops retired slots from every posting list (slots keep their numbers; lists stay sorted). */
  private sweep(): void {
    for (let term = 0; term < this.postSlots.length; term++) {
      const ps = this.postSlots[term]!;
      const pt = this.postTfs[term]!;
      const n = this.postLen[term]!;
      let out = 0;
      for (let p = 0; p < n; p++) {
        if (this.alive[ps[p]!] === 0) continue;
        ps[out] = ps[p]!;
        pt[out++] = pt[p]!;
      }
      this.postLen[term] = out;
    }
    this.retired = 0;
  }

  // ---- queries -------------------------------------------------------------------------------

  /**
   * BM25 scores of the entries matching every word. Kept out of the generator (V8 optimises plain
   * functions better), with plain loops over typed arrays: this is the one hot path, as a common
   * word has a posting for most entries. The length norm k1·(1 − b + b·len/avg) is c1 + c2·len.
   */
  private score(order: readonly Expansion[][]): { hitSlots: Int32Array; hitScores: Float64Array; n: number } {
    const slots = this.slotId.length;
    if (this.scratch.acc.length < slots) {
      const size = Math.max(slots, this.scratch.acc.length * 2);
      this.scratch = {
        acc: new Float64Array(size),
        seen: new Uint8Array(size),
        candidates: new Int32Array(size),
        hitSlots: new Int32Array(size),
        hitScores: new Float64Array(size),
      };
    }
    // Reused between searches (allocating ~200 KB per query showed up in profiles); every slot a
    // query touches is a candidate of its first word, so clearing those leaves the buffers zeroed.
    const { acc, seen, candidates, hitSlots, hitScores } = this.scratch;
    let found = 0;
    const alive = this.alive;
    const lens = this.slotLen;
    const c1 = K1 * (1 - B);
    const c2 = (K1 * B) / (this.totalLen / this.live);
    // The most common query, one word matching one indexed word: every live posting is a hit, so
    // score straight into the results, with none of the bookkeeping for combining words.
    if (order.length === 1 && order[0]!.length === 1) {
      const { term, weight } = order[0]![0]!;
      const n = scoreSingle(this.postSlots[term]!, this.postTfs[term]!, this.postLen[term]!, this.idf(term) * weight * (K1 + 1), c1, c2, alive, lens, hitSlots, hitScores);
      return { hitSlots, hitScores, n };
    }
    for (let w = 0; w < order.length; w++) {
      for (const { term, weight } of order[w]!) {
        const lift = weight * this.idf(term) * (K1 + 1);
        found = accumulate(this.postSlots[term]!, this.postTfs[term]!, this.postLen[term]!, w, lift, c1, c2, alive, lens, seen, acc, candidates, found);
      }
    }

    const all = order.length;
    let n = 0;
    for (let i = 0; i < found; i++) {
      const s = candidates[i]!;
      if (seen[s] === all) {
        hitSlots[n] = s;
        hitScores[n++] = acc[s]!;
      }
      seen[s] = 0;
      acc[s] = 0;
    }
    return { hitSlots, hitScores, n };
  }

  private expand(word: string, typos: boolean): Expansion[] {
    const out: Expansion[] = [];
    const exact = this.vocab.id(word);
    if (exact !== undefined && this.df[exact]! > 0) out.push({ term: exact, weight: 1 });
    // One letter starts too many words to be worth expanding, except in Chinese or Japanese,
    // where one character is already a word ("信" should find "信任").
    if (word.length >= 2 || isUnspaced(word)) {
      for (const term of this.vocab.withPrefix(word)) {
        if (term !== exact && this.df[term]! > 0) out.push({ term, weight: PREFIX_WEIGHT });
      }
    }
    const edits = allowedEdits(word);
    if (!typos || edits === 0) return out;
    const known = new Set(out.map((e) => e.term));
    const rows = new Int32Array(3 * (word.length + edits + 2));
    this.vocab.forEach((term, text) => {
      if (known.has(term) || this.df[term] === 0) return;
      if (boundedDistance(word, text, edits, true, rows) <= edits) out.push({ term, weight: FUZZY_WEIGHT });
    });
    return out;
  }

  private idf(term: number): number {
    const df = this.df[term]!;
    return Math.log(1 + (this.live - df + 0.5) / (df + 0.5));
  }

  /** Which of `terms` the entry in `slot` contains (its term list is sorted: binary search). */
  private termsIn(slot: number, terms: readonly number[]): string[] {
    const mine = this.slotTerms[slot];
    if (!mine) return [];
    const out: string[] = [];
    for (const t of terms) {
      let lo = 0;
      let hi = mine.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (mine[mid]! < t) lo = mid + 1;
        else if (mine[mid]! > t) hi = mid - 1;
        else {
          out.push(this.vocab.text(t));
          break;
        }
      }
    }
    return out;
  }

  private noteSlice(start: number): void {
    this.longestSliceMs = Math.max(this.longestSliceMs, performance.now() - start);
  }
}

/**
 * Adds one word's BM25 contribution for every entry in its posting list that matched the earlier
 * words (seen[s] counts the words an entry has matched so far). A top-level function of typed
 * arrays: V8 compiles it to a tight loop (as a method it ran 2-3× slower).
 */
function accumulate(
  ps: Int32Array,
  pt: Uint16Array,
  n: number,
  w: number,
  lift: number,
  c1: number,
  c2: number,
  alive: Uint8Array,
  lens: Float32Array,
  seen: Uint8Array,
  acc: Float64Array,
  candidates: Int32Array,
  found: number,
): number {
  for (let p = 0; p < n; p++) {
    const s = ps[p]!;
    const h = seen[s]!;
    if ((h !== w && h !== w + 1) || alive[s] === 0) continue;
    if (h === w) {
      seen[s] = w + 1;
      if (w === 0) candidates[found++] = s;
    }
    const tf = pt[p]! * 0.5;
    acc[s]! += (lift * tf) / (tf + c1 + c2 * lens[s]!);
  }
  return found;
}

/** One word's BM25 scores for every live entry in its posting list, written straight to the results. */
function scoreSingle(
  ps: Int32Array,
  pt: Uint16Array,
  n: number,
  lift: number,
  c1: number,
  c2: number,
  alive: Uint8Array,
  lens: Float32Array,
  hitSlots: Int32Array,
  hitScores: Float64Array,
): number {
  let found = 0;
  for (let p = 0; p < n; p++) {
    const s = ps[p]!;
    if (alive[s] === 0) continue;
    const tf = pt[p]! * 0.5;
    hitSlots[found] = s;
    hitScores[found++] = (lift * tf) / (tf + c1 + c2 * lens[s]!);
  }
  return found;
}

function grow<T extends Int32Array | Uint16Array | Uint8Array | Float32Array>(a: T, min: number): T {
  const bigger = new (a.constructor as new (n: number) => T)(Math.max(min, a.length * 2));
  bigger.set(a);
  return bigger;
}
