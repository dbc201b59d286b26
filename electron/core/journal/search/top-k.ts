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
  const worse = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && slots[a]! < slots[b]!);
  let len = 0;
  for (let i = 0; i < n; i++) {
    if (len < size) {
      let c = len++;
      heap[c] = i;
      while (c > 0) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c]!, heap[p]!)) break;
        [heap[c], heap[p]] = [heap[p]!, heap[c]!];
        c = p;
      }
    } else {
      // Fast reject against the current worst kept score: most candidates stop here.
      const floor = scores[heap[0]!]!;
      const si = scores[i]!;
      if (si < floor || (si === floor && slots[i]! <= slots[heap[0]!]!)) continue;
      heap[0] = i;
      siftDown(heap, len, worse);
    }
  }
  // Pop worst-first into the back of the result.
  const out = new Int32Array(len);
  for (let end = len - 1; end >= 0; end--) {
    out[end] = heap[0]!;
    heap[0] = heap[end]!;
    siftDown(heap, end, worse);
  }
  return out;
}

function siftDown(heap: Int32Array, len: number, worse: (a: number, b: number) => boolean): void {
  let c = 0;
  for (;;) {
    const l = 2 * c + 1;
    if (l >= len) return;
    const r = l + 1;
    const m = r < len && worse(heap[r]!, heap[l]!) ? r : l;
    if (!worse(heap[m]!, heap[c]!)) return;
    [heap[c], heap[m]] = [heap[m]!, heap[c]!];
    c = m;
  }
}
