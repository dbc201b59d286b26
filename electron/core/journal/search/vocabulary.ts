/**
 * Every word the index has seen, with a sorted view for prefix lookups ("thera" → "therapy").
 * Words added since the last sort wait in a short unsorted tail, so adding a word (on every save
 * with a new word, and thousands of times while building) never re-sorts the whole vocabulary.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private texts: string[] = [];
  private sorted: number[] = [];
  private tail: number[] = [];

  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  text(id: number): string {
    return this.texts[id]!;
  }

  add(word: string): number {
    const id = this.texts.length;
    this.texts.push(word);
    this.ids.set(word, id);
    this.tail.push(id);
    if (this.tail.length > 256) this.settle();
    return id;
  }

  /** Merges the unsorted tail into the sorted view. */
  settle(): void {
    if (this.tail.length === 0) return;
    const byText = (a: number, b: number) => (this.texts[a]! < this.texts[b]! ? -1 : this.texts[a]! > this.texts[b]! ? 1 : 0);
    this.tail.sort(byText);
    // Merge two sorted runs: linear, unlike sorting the whole vocabulary again.
    const merged: number[] = [];
    let i = 0;
    let j = 0;
    while (i < this.sorted.length || j < this.tail.length) {
      if (j >= this.tail.length || (i < this.sorted.length && byText(this.sorted[i]!, this.tail[j]!) <= 0)) merged.push(this.sorted[i++]!);
      else merged.push(this.tail[j++]!);
    }
    this.sorted = merged;
    this.tail = [];
  }

  /** Ids of the words that start with `prefix` (the word itself included). */
  *withPrefix(prefix: string): Generator<number> {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.texts[this.sorted[mid]!]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.sorted.length && this.texts[this.sorted[i]!]!.startsWith(prefix); i++) yield this.sorted[i]!;
    for (const id of this.tail) if (this.texts[id]!.startsWith(prefix)) yield id;
  }

  forEach(fn: (id: number, text: string) => void): void {
    this.texts.forEach((text, id) => fn(id, text));
  }

  clear(): void {
    this.ids.clear();
    this.texts = [];
    this.sorted = [];
    this.tail = [];
  }
}
