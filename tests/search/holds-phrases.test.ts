import { describe, expect, it } from 'vitest';
import { holdsPhrases } from '../../lib/search/holds-phrases';

const article = {
  id: 1,
  title: 'The Who live at Leeds',
  authors: ['Ana Okafor'],
  siteName: 'Music Weekly',
  markdown: 'The **quokka sanctuary** opens at dawn. See [the map](https://example.org/sanctuary-quokka).',
};

describe('holdsPhrases', () => {
  it('finds words next to each other and in order, across Markdown emphasis', () => {
    expect(holdsPhrases(article, [['quokka', 'sanctuary']])).toBe(true);
    expect(holdsPhrases(article, [['sanctuary', 'quokka']])).toBe(false);
    expect(holdsPhrases(article, [['quokka', 'opens']])).toBe(false);
  });

  it('keeps function words, and looks in the title, authors and site too', () => {
    expect(holdsPhrases(article, [['the', 'who']])).toBe(true);
    expect(holdsPhrases(article, [['ana', 'okafor']])).toBe(true);
    expect(holdsPhrases(article, [['music', 'weekly']])).toBe(true);
  });

  it('does not run a phrase from one field into the next, nor into a link address', () => {
    expect(holdsPhrases(article, [['leeds', 'ana']])).toBe(false);
    expect(holdsPhrases(article, [['sanctuary', 'quokka']])).toBe(false);
  });

  it('needs every phrase', () => {
    expect(
      holdsPhrases(article, [
        ['quokka', 'sanctuary'],
        ['at', 'dawn'],
      ]),
    ).toBe(true);
    expect(
      holdsPhrases(article, [
        ['quokka', 'sanctuary'],
        ['at', 'dusk'],
      ]),
    ).toBe(false);
  });
});
