/**
 * The journal's own search index: words, typo distance, top-k selection, and the index against a
 * brute-force reference through random edits (so slot retirement and sweeping cannot lose or
 * resurrect an entry).
 */
import { describe, expect, it } from 'vitest';
import { allowedEdits, boundedDistance } from '../../../electron/core/journal/search/fuzzy';
import { SearchIndex, type IndexedDoc } from '../../../electron/core/journal/search';
import { tokenize } from '../../../electron/core/journal/search/tokens';
import { topK } from '../../../electron/core/journal/search/top-k';
import { rng } from '../../support/rng';

const doc = (id: string, text: string, title = '', tags = '', emotions = ''): IndexedDoc => ({ id, title, text, tags, emotions });
const ids = (index: SearchIndex, q: string, typos = false) => [...index.search(q, typos)].map((m) => m.id);

describe('tokenize', () => {
  it('lower-cases, splits on anything but letters and digits, and keeps inner apostrophes', () => {
    expect(tokenize("I didn't call — again!! Trust, 42 times… ‘café’ Zoë's")).toEqual([
      'i',
      "didn't",
      'call',
      'again',
      'trust',
      '42',
      'times',
      'café',
      "zoë's",
    ]);
    expect(tokenize('don’t')).toEqual(["don't"]);
    expect(tokenize("  '' -- ")).toEqual([]);
  });
});

describe('tokenize, in languages written without spaces', () => {
  it('splits Chinese, Japanese and Thai into words, and leaves other text on the fast path', () => {
    const zh = tokenize('我们今天谈了信任的问题。Trust');
    expect(zh).toContain('信任');
    expect(zh).toContain('trust');
    expect(zh.length).toBeGreaterThan(4);
    expect(tokenize('今日は信頼について話した')).toContain('信頼');
    expect(tokenize('วันนี้เราคุยเรื่องความไว้ใจ').length).toBeGreaterThan(3);
    expect(tokenize('Zoë’s café, naïve')).toEqual(["zoë's", 'café', 'naïve']);
  });
});

describe('boundedDistance', () => {
  const rows = new Int32Array(64);
  it('counts insertions, deletions, substitutions and neighbour swaps', () => {
    expect(boundedDistance('betryed', 'betrayed', 2, false, rows)).toBe(1);
    expect(boundedDistance('lonley', 'lonely', 1, false, rows)).toBe(1);
    expect(boundedDistance('9999', '9996', 1, false, rows)).toBe(1);
    expect(boundedDistance('kitten', 'sitting', 3, false, rows)).toBe(3);
    expect(boundedDistance('trust', 'trust', 1, false, rows)).toBe(0);
  });
  it('stops at max + 1, and with `prefix` measures against the closest prefix', () => {
    expect(boundedDistance('kitten', 'sitting', 1, false, rows)).toBe(2);
    expect(boundedDistance('hope', 'distance', 1, false, rows)).toBe(2);
    expect(boundedDistance('reasur', 'reassurance', 1, true, rows)).toBe(1);
    expect(boundedDistance('reasur', 'reassurance', 1, false, rows)).toBe(2);
    expect(boundedDistance('thera', 'therapy', 0, true, rows)).toBe(0);
    expect(boundedDistance('theraq', 'therapy', 0, true, rows)).toBe(1);
  });
  it('allows more edits for longer words, none for short ones', () => {
    expect(['hop', 'trust', 'betrayed'].map(allowedEdits)).toEqual([0, 1, 2]);
  });
});

describe('topK', () => {
  it('returns the k best positions, best first, ties to the higher slot, like a full sort', () => {
    const r = rng(7);
    for (let round = 0; round < 50; round++) {
      const n = Math.floor(r() * 300);
      const slots = Int32Array.from({ length: n }, (_, i) => i * 3);
      const scores = Float64Array.from({ length: n }, () => Math.floor(r() * 20) / 4);
      const k = 1 + Math.floor(r() * 80);
      const expected = [...Array(n).keys()].sort((a, b) => scores[b]! - scores[a]! || slots[b]! - slots[a]!).slice(0, k);
      expect([...topK(slots, scores, n, k)]).toEqual(expected);
    }
    expect([...topK(new Int32Array(3), new Float64Array(3), 3, 0)]).toEqual([]);
  });
});

describe('SearchIndex', () => {
  it('matches every word (AND), as typed or as a prefix, and typos only when asked', async () => {
    const index = new SearchIndex();
    await index.build([doc('a', 'Rebuilding trust takes patience'), doc('b', 'The therapy session helped'), doc('c', 'trust and therapy')]);
    expect(ids(index, 'trust').sort()).toEqual(['a', 'c']);
    expect(ids(index, 'trust therapy')).toEqual(['c']);
    expect(ids(index, 'thera').sort()).toEqual(['b', 'c']);
    expect(ids(index, 'patiance')).toEqual([]);
    expect(ids(index, 'patiance', true)).toEqual(['a']);
    expect(ids(index, 'nothing here')).toEqual([]);
    expect(ids(index, '  ,, ')).toEqual([]);
    expect([...index.search('thera', false)][0]!.terms).toEqual(['therapy']);
  });

  it('finds words inside Chinese and Japanese sentences, by a word or its first character', async () => {
    const index = new SearchIndex();
    await index.build([doc('zh', '我们今天谈了信任的问题。'), doc('ja', '今日は信頼について話した'), doc('en', 'trust again')]);
    expect(ids(index, '信任')).toEqual(['zh']);
    expect(ids(index, '信頼')).toEqual(['ja']);
    expect(ids(index, '信').sort()).toEqual(['ja', 'zh']);
    expect([...index.search('信任', false)][0]!.terms).toEqual(['信任']);
  });

  it('ranks title words above body words, and an exact word above a longer one it starts', async () => {
    const index = new SearchIndex();
    await index.build([doc('body', 'we spoke about trust tonight'), doc('title', 'we spoke tonight about it', 'Trust')]);
    expect(ids(index, 'trust')).toEqual(['title', 'body']);
    const other = new SearchIndex();
    await other.build([doc('long', 'hopeful evening'), doc('exact', 'hope evening')]);
    expect(ids(other, 'hope')).toEqual(['exact', 'long']);
  });

  it('applies edits and removals before the next search, and forgets old words of an edited entry', async () => {
    const index = new SearchIndex();
    await index.build([doc('a', 'lighthouse at dusk')]);
    index.upsert(doc('a', 'harbour at dawn'));
    index.upsert(doc('b', 'lighthouse again'));
    expect(ids(index, 'lighthouse')).toEqual(['b']);
    expect(ids(index, 'harbour')).toEqual(['a']);
    index.remove('b');
    expect(ids(index, 'lighthouse')).toEqual([]);
    expect(index.size).toBe(1);
  });

  it('agrees with a brute-force scan through thousands of random edits (slots retired and swept)', async () => {
    const r = rng(11);
    const words = ['calm', 'call', 'caller', 'trust', 'truth', 'walk', 'walked', 'phone', 'home', 'late'];
    const text = () => Array.from({ length: 1 + Math.floor(r() * 6) }, () => words[Math.floor(r() * words.length)]!).join(' ');
    const truth = new Map<string, string>();
    const index = new SearchIndex();
    const initial = Array.from({ length: 200 }, (_, i) => doc(`d${i}`, text()));
    for (const d of initial) truth.set(d.id, d.text);
    await index.build(initial);
    const check = () => {
      for (const q of ['call', 'cal', 'walk trust', 'late home', 'tru', 'phone', 'late']) {
        const terms = tokenize(q);
        const expected = [...truth].filter(([, t]) => terms.every((q) => tokenize(t).some((w) => w.startsWith(q)))).map(([id]) => id);
        expect(ids(index, q).sort(), q).toEqual(expected.sort());
      }
    };
    for (let i = 0; i < 3000; i++) {
      const id = `d${Math.floor(r() * 260)}`;
      if (r() < 0.15) {
        index.remove(id);
        truth.delete(id);
      } else {
        const t = text();
        index.upsert(doc(id, t));
        truth.set(id, t);
      }
      if (i % 500 === 0) check();
    }
    check();
    expect(index.size).toBe(truth.size);
  });

  it('stops a result stream that is resumed after a newer search began', async () => {
    const index = new SearchIndex();
    await index.build(Array.from({ length: 100 }, (_, i) => doc(`d${i}`, 'trust again')));
    const first = index.search('trust');
    expect(first.next().done).toBe(false);
    expect([...index.search('again')]).toHaveLength(100);
    expect(first.next().done).toBe(true);
  });

  it('forgets everything on drop, and a build in progress stops', async () => {
    const index = new SearchIndex();
    const ready = index.build(Array.from({ length: 5000 }, (_, i) => doc(`d${i}`, `entry number ${i} about trust`)), 1);
    index.drop();
    await ready;
    expect(ids(index, 'trust')).toEqual([]);
    expect(index.size).toBe(0);
  });
});
