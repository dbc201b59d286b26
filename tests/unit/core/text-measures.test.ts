/**
 * wordCount and excerptOf run on every save, so they take shortcuts (one pass, no array of words;
 * only the opening of a long text is flattened). They must agree exactly with the plain
 * definitions they replace, on any text.
 */
import { describe, expect, it } from 'vitest';
import { excerptOf } from '../../../electron/core/journal/excerpt';
import { wordCount } from '../../../shared/domain/entry';
import { rng } from '../../support/rng';

const byRegex = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
function byFullFlatten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= 180 ? flat : flat.slice(0, 180).replace(/\s+\S*$/, '') + '…';
}

// Letters, digits, apostrophes, hyphens, spaces of every kind, punctuation, accents, CJK, emoji
// (astral), a mathematical letter (astral \p{L}) and a lone surrogate.
const PIECES = ['a', 'Z', '7', "'", '’', '-', ' ', '  ', '\n', '\n\n\n', '\t', '\u00a0', '.', ',', 'é', 'ß', 'Ωμέγα', '😊', '𝒜', '\ud800', 'word', 'don’t', 'well-being', '--x', "'tis"];
// Scripts written without spaces are segmented instead (tested on their own below).
const WITH_UNSPACED = [...PIECES, '中文'];

describe('text measures', () => {
  it('wordCount agrees with the regular expression it replaces', () => {
    const r = rng(3);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(r() * 40) }, () => PIECES[Math.floor(r() * PIECES.length)]!).join('');
      expect(wordCount(text), JSON.stringify(text)).toBe(byRegex(text));
    }
    expect(wordCount('I felt hopeful, then tired — 2 times; don’t-stop')).toBe(8);
    expect(wordCount('')).toBe(0);
  });

  it('wordCount counts the words of Chinese, Japanese and Thai, not their sentences', () => {
    // 我们 / 今天 / 谈 / 了 / 信任 / 的 / 问题, then two English words.
    expect(wordCount('我们今天谈了信任的问题。We talked.')).toBe(9);
    expect(wordCount('今日は信頼について話した')).toBeGreaterThan(3);
    expect(wordCount('วันนี้เราคุยเรื่องความไว้ใจ')).toBeGreaterThan(3);
  });

  it('excerptOf agrees with flattening the whole text, for short and long texts', () => {
    const r = rng(5);
    for (let i = 0; i < 3000; i++) {
      const text = Array.from({ length: Math.floor(r() * (i % 2 ? 30 : 400)) }, () => WITH_UNSPACED[Math.floor(r() * WITH_UNSPACED.length)]!).join('');
      expect(excerptOf(text), JSON.stringify(text)).toBe(byFullFlatten(text));
    }
    // Whitespace runs longer than the first prefix taken.
    const spaced = `${' '.repeat(2000)}a${'\n'.repeat(5000)}b ${'word '.repeat(100)}`;
    expect(excerptOf(spaced)).toBe(byFullFlatten(spaced));
  });
});
