import { describe, expect, it } from 'vitest';
import { collapseSpaces } from '../../lib/text/collapse-spaces.ts';

/** What collapseSpaces must always give: every run of whitespace as one space. */
const reference = (text: string): string => text.replace(/\s+/g, ' ');

describe('collapseSpaces', () => {
  it.each([
    ['plain words keep their single spaces', 'a plain sentence of words', 'a plain sentence of words'],
    ['a double space becomes one', 'two  spaces', 'two spaces'],
    ['a tab or line break becomes a space', 'a\tb\nc\r\nd', 'a b c d'],
    ['a no-break space alone becomes a space', 'ten\u00a0km', 'ten km'],
    ['edges are collapsed, not trimmed', '  lead and trail \n', ' lead and trail '],
    ['an empty text stays empty', '', ''],
  ])('%s', (_name, text, expected) => {
    expect(collapseSpaces(text)).toBe(expected);
  });

  it('agrees with collapsing every run on 20,000 random texts of letters and whitespace', () => {
    const alphabet = ['a', 'b', ' ', ' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\f', '\v', 'é'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 20_000; i++) {
      const length = Math.floor(random() * 12);
      let text = '';
      for (let j = 0; j < length; j++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(collapseSpaces(text), JSON.stringify(text)).toBe(reference(text));
    }
  });
});
