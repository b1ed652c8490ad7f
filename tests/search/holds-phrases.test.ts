import { describe, expect, it } from 'vitest';
import { holdsPhrases, phraseTest } from '../../lib/search/holds-phrases';

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

  it('reads words as the index does: any punctuation between them, possessives, apostrophes, case', () => {
    const text = (markdown: string) => ({ ...article, markdown });
    expect(holdsPhrases(text("Ravgrequashi's — from the start"), [['ravgrequashi', 'from']])).toBe(true);
    expect(holdsPhrases(text('harbour-wall'), [['harbour', 'wall']])).toBe(true);
    expect(holdsPhrases(text('HARBOUR (wall)'), [['harbour', 'wall']])).toBe(true);
    expect(holdsPhrases(text("They don't stop"), [["don't", 'stop']])).toBe(true);
    expect(holdsPhrases(text('covid 19 rules'), [['covid', '19']])).toBe(true);
    expect(holdsPhrases(text('Ærøskøbing harbour'), [['ærøskøbing', 'harbour']])).toBe(true);
  });

  it('turns down words that only contain the phrase, or stand apart', () => {
    const text = (markdown: string) => ({ ...article, markdown });
    expect(holdsPhrases(text('harbour walls'), [['harbour', 'wall']])).toBe(false);
    expect(holdsPhrases(text('seaharbour wall'), [['harbour', 'wall']])).toBe(false);
    expect(holdsPhrases(text('harbour 2 wall'), [['harbour', 'wall']])).toBe(false);
    expect(holdsPhrases(text('harbour. A wall'), [['harbour', 'wall']])).toBe(false);
    expect(holdsPhrases(text("harbour's wall"), [['harbour', 'swall']])).toBe(false);
  });

  it('checks many articles with one test made for the search', () => {
    const test = phraseTest([['quokka', 'sanctuary']]);
    expect(test(article)).toBe(true);
    expect(test({ ...article, markdown: 'A sanctuary for the quokka.' })).toBe(false);
    expect(test({ ...article, markdown: 'Quokka sanctuary.' })).toBe(true);
  });
});
