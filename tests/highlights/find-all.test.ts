import { describe, expect, it } from 'vitest';
import { findAll } from '../../lib/highlights/find-all';

/** Every index of `needle` in `text`, the slow sure way. */
const naive = (text: string, needle: string) =>
  [...text].flatMap((_, i) => (text.startsWith(needle, i) ? [i] : []));

describe('findAll', () => {
  it('finds every occurrence of each needle, overlapping ones and needles of any length included', () => {
    const text = 'the river rose, the river rose again; aaaa. wwa wwb wwa';
    const needles = ['the river rose', 'river', 'aa', 'a', 'wwa', 'missing words', 'e'];
    const found = findAll(text, needles);
    for (const needle of needles) expect(found.get(needle), needle).toEqual(naive(text, needle));
  });

  it('agrees with a naive search on text with few distinct letters', () => {
    const text = Array.from({ length: 2000 }, (_, i) => 'abab'.slice(i % 3, (i % 3) + 2)).join(' ');
    const needles = ['ab ba', 'ba ab ab', 'b ab', 'abab ab'];
    const found = findAll(text, needles);
    for (const needle of needles) expect(found.get(needle), needle).toEqual(naive(text, needle));
    expect(found.get('ab ba')?.length).toBeGreaterThan(10);
  });

  it('finds each of two hundred needles in a long text as a naive search does', () => {
    const words = Array.from({ length: 6000 }, (_, i) => `w${((i * 7919) % 613).toString(36)}`);
    const text = words.join(' ');
    const needles = Array.from({ length: 200 }, (_, i) =>
      words.slice(i * 30, i * 30 + 1 + (i % 4)).join(' '),
    );
    const found = findAll(text, needles);
    for (const needle of needles) expect(found.get(needle), needle).toEqual(naive(text, needle));
    expect(needles.every((n) => (found.get(n)?.length ?? 0) > 0)).toBe(true);
  });
});
