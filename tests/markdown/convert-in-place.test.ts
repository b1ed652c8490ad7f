import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(FIXTURES);

function article(html: string): Element {
  const found = parseHTML(html).document.querySelector('article');
  if (!found) throw new Error('no <article>');
  return found;
}

describe('converting the caller’s own tree in place', () => {
  it('has fixtures to convert', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s gives the Markdown a copy gives', (name) => {
    const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
    expect(htmlToMarkdown(article(html), undefined, { inPlace: true })).toBe(htmlToMarkdown(article(html)));
  });

  it('lets no rule see the elements around the article', () => {
    // Emphasis inside emphasis loses its delimiters; an article that sits in an <em> has none around it.
    const html =
      '<!doctype html><html><body><em><article><p>A <em>word</em> here</p></article></em></body></html>';
    expect(htmlToMarkdown(article(html), undefined, { inPlace: true })).toBe('A *word* here');
  });

  it('keeps a code table’s indentation, which only the uncollapsed tree has', () => {
    const html =
      '<!doctype html><html><body><article><table><tr><td class="blob-num"></td><td class="blob-code">if x:</td></tr>' +
      '<tr><td class="blob-num"></td><td class="blob-code">    go()</td></tr></table></article></body></html>';
    expect(htmlToMarkdown(article(html), undefined, { inPlace: true })).toBe('```\nif x:\n    go()\n```');
  });
});
