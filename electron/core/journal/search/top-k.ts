/**
 * The k best of n scored candidates, best first, without sorting all n: a search for a common word
 * matches most of a 10,000-entry journal, and only the first page of it is ever shown.
 * Ties go to the higher slot (the more recently indexed entry), so the order is stable.
 * Returns positions into `slots`/`scores`, best first.
 */
export function topK(slots: Int32Array, scores: Float64Array, n: number, k: number): Int32Array {
  const size = Math.min(k, n);
  if (size <= 0) return new Int32Array(0);
  // A min-heap of candidate positions: heap[0] is the worst of the best `size` so far.
  const heap = new Int32Array(size);
  let len = 0;
  // The worst kept candidate's score and slot, in locals: most candidates stop at one comparison.
  let floor = -Infinity;
  let floorSlot = -1;
  for (let i = 0; i < n; i++) {
    if (len < size) {
      heap[len] = i;
      siftUp(heap, len++, slots, scores);
      if (len === size) {
        floor = scores[heap[0]!]!;
        floorSlot = slots[heap[0]!]!;
      }
      continue;
    }
    const score = scores[i]!;
    if (score < floor || (score === floor && slots[i]! <= floorSlot)) continue;
    heap[0] = i;
    siftDown(heap, len, slots, scores);
    floor = scores[heap[0]!]!;
    floorSlot = slots[heap[0]!]!;
  }
  // Pop worst-first into the back of the result.
  const out = new Int32Array(len);
  for (let end = len - 1; end >= 0; end--) {
    out[end] = heap[0]!;
    heap[0] = heap[end]!;
    siftDown(heap, end, slots, scores);
  }
  return out;
}

function worse(a: number, b: number, slots: Int32Array, scores: Float64Array): boolean {
  const sa = scores[a]!;
  const sb = scores[b]!;
  return sa < sb || (sa === sb && slots[a]! < slots[b]!);
}

function siftUp(heap: Int32Array, c: number, slots: Int32Array, scores: Float64Array): void {
  while (c > 0) {
    const p = (c - 1) >> 1;
    if (!worse(heap[c]!, heap[p]!, slots, scores)) return;
    const t = heap[c]!;
    heap[c] = heap[p]!;
    heap[p] = t;
    c = p;
  }
}

function siftDown(heap: Int32Array, len: number, slots: Int32Array, scores: Float64Array): void {
  let c = 0;
  for (;;) {
    const l = 2 * c + 1;
    if (l >= len) return;
    const r = l + 1;
    const m = r < len && worse(heap[r]!, heap[l]!, slots, scores) ? r : l;
    if (!worse(heap[m]!, heap[c]!, slots, scores)) return;
    const t = heap[c]!;
    heap[c] = heap[m]!;
    heap[m] = t;
    c = m;
  }
}
