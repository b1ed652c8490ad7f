import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

describe('links', () => {
  it.each([
    ['inline', '<p>See <a href="https://x.test/a">the docs</a>.</p>', 'See [the docs](https://x.test/a).'],
    [
      'with a title',
      '<a href="https://x.test/" title="Home page">home</a>',
      '[home](https://x.test/ "Home page")',
    ],
    [
      'a bare URL as an autolink',
      '<a href="https://x.test/a_b">https://x.test/a_b</a>',
      '<https://x.test/a_b>',
    ],
    [
      'balanced parentheses kept as they are',
      '<a href="https://en.wikipedia.org/wiki/Mercury_(planet)">Mercury</a>',
      '[Mercury](https://en.wikipedia.org/wiki/Mercury_(planet))',
    ],
    ['an unbalanced parenthesis escaped', '<a href="https://x.test/a)b">x</a>', '[x](https://x.test/a\\)b)'],
    ['an empty link disappears', '<p>a<a href="https://x.test/"></a> b</p>', 'a b'],
    ['a javascript: link keeps only its text', '<a href="javascript:alert(1)">click</a>', 'click'],
    ['an in-page link keeps only its text', '<p>See <a href="#part-2">part 2</a>.</p>', 'See part 2.'],
    ['a heading permalink disappears', '<h2>Setup<a class="headerlink" href="#setup">¶</a></h2>', '## Setup'],
    ['a link without href is text', '<a name="top">Top</a>', 'Top'],
    [
      'a card link around blocks stays on one line',
      '<a href="https://x.test/p"><h3>Post title</h3><p>Teaser</p></a>',
      '[Post title Teaser](https://x.test/p)',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it('renders the Wikipedia-style address whole', () => {
    const markdown = convertHtml('<a href="https://en.wikipedia.org/wiki/Mercury_(planet)">Mercury</a>');
    expect(renderedDocument(markdown).querySelector('a')?.getAttribute('href')).toBe(
      'https://en.wikipedia.org/wiki/Mercury_(planet)',
    );
  });

  it('never renders a javascript: link', () => {
    const markdown = convertHtml('<p><a href=" JavaScript:alert(1)">a</a> <a href="vbscript:x">b</a></p>');
    expect(renderedDocument(markdown).querySelectorAll('a')).toHaveLength(0);
  });
});
