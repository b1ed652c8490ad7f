import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { highlightSegments, markMatches, prefixTerm } from '../../lib/search/highlight';

describe('highlightSegments', () => {
  it('marks whole words only, case-insensitively', () => {
    expect(highlightSegments('Tides and tidesmen: TIDES.', ['tides'])).toEqual([
      { text: 'Tides', match: true },
      { text: ' and tidesmen: ', match: false },
      { text: 'TIDES', match: true },
      { text: '.', match: false },
    ]);
  });

  it('keeps markup-looking text as plain text', () => {
    const segments = highlightSegments('<img onerror=x> tides', ['tides']);
    expect(segments.map((s) => s.text).join('')).toBe('<img onerror=x> tides');
  });

  it('marks every word that starts with a prefix term, and only those', () => {
    const marked = highlightSegments('Govern, governments and the ungoverned GOVERNOR', [
      prefixTerm('govern'),
    ])
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked).toEqual(['Govern', 'governments', 'GOVERNOR']);
  });

  it('returns the text unmarked without terms', () => {
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
  });
});

describe('markMatches', () => {
  it('wraps matching words in <mark> inside text nodes only', () => {
    const { document } = parseHTML(
      '<main><p>Tides <a href="/tides">turn</a> in <code>tides</code></p></main>',
    );
    const root = document.querySelector('main') as unknown as Element;
    expect(markMatches(root, ['tides'])).toBe(2);
    expect(root.innerHTML).toBe(
      '<p><mark>Tides</mark> <a href="/tides">turn</a> in <code><mark>tides</mark></code></p>',
    );
  });
});
