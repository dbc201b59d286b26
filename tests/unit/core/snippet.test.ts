import { describe, expect, it } from 'vitest';
import { makeSnippet, termsPattern } from '../../../electron/core/journal/snippet';

const marked = (s: { text: string; marks: [number, number][] }) => s.marks.map(([a, b]) => s.text.slice(a, b));

describe('makeSnippet', () => {
  const long = `${'Morning coffee and a slow start. '.repeat(8)}I felt Hopeful when you called.\nThen   hope again, hopefully. ${'We walked home. '.repeat(12)}`;

  it('cuts a passage around the first match at word boundaries, with ellipses', () => {
    const s = makeSnippet(long, ['hope']);
    expect(s.text.startsWith('…')).toBe(true);
    expect(s.text.endsWith('…')).toBe(true);
    expect(s.text).toContain('I felt Hopeful when you called.');
    // Whole words at both ends.
    expect(s.text.slice(1, -1)).toMatch(/^\S.*\S$/);
    expect(s.text.length).toBeLessThanOrEqual(2 * 90 + 2);
  });

  it('marks every match, case-insensitively, longest term first, and merges overlaps', () => {
    const s = makeSnippet(long, ['hope', 'hopeful', 'HOPEFULLY']);
    expect(marked(s)).toEqual(['Hopeful', 'hope', 'hopefully']);
    for (const [a, b] of s.marks) expect(a).toBeLessThan(b);
    expect(s.marks).toEqual([...s.marks].sort((x, y) => x[0] - y[0]));
  });

  it('folds line breaks and runs of spaces into one space', () => {
    const s = makeSnippet(long, ['called']);
    expect(s.text).toContain('called. Then hope again');
    expect(s.text).not.toMatch(/\s\s|\n/);
  });

  it('treats regular-expression characters in terms literally', () => {
    const s = makeSnippet('Is it (really) over? a+b', ['(really)', 'a+b', '.*']);
    expect(marked(s)).toEqual(['(really)', 'a+b']);
  });

  it('falls back to the opening of the text when nothing matches', () => {
    expect(makeSnippet('short text', ['absent'])).toEqual({ text: 'short text', marks: [] });
    expect(makeSnippet('x'.repeat(300), [])).toEqual({ text: `${'x'.repeat(180)}…`, marks: [] });
    expect(termsPattern(['', ''])).toBeNull();
  });

  it('gives the same result when the pattern is shared between calls', () => {
    const pattern = termsPattern(['hope', 'called']);
    const a = makeSnippet(long, ['hope', 'called'], 90, pattern);
    const b = makeSnippet(long, ['hope', 'called'], 90, pattern);
    expect(b).toEqual(a);
    expect(a).toEqual(makeSnippet(long, ['hope', 'called']));
  });
});
