import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { tableOfContents, wantsTableOfContents } from '../../lib/reading/table-of-contents';

const bodyOf = (html: string) =>
  parseHTML(`<html><body><div id="b">${html}</div></body></html>`).document.getElementById('b') as Element;

describe('tableOfContents', () => {
  it('lists the sections and subsections, gives each an id to link to, and keeps ids it had', () => {
    const body = bodyOf(
      '<h1>Title again</h1><h2>First  <em>part</em></h2><p>x</p><h3>A detail</h3><h2 id="own">Second</h2><h2> </h2><h4>Too deep</h4>',
    );
    expect(tableOfContents(body)).toEqual([
      { id: 'section-1', text: 'First part', level: 2 },
      { id: 'section-2', text: 'A detail', level: 3 },
      { id: 'own', text: 'Second', level: 2 },
    ]);
    expect(body.querySelector('h2')?.id).toBe('section-1');
  });

  it('gives the same ids on a second run over the same body', () => {
    const body = bodyOf('<h2>One</h2><h2>Two</h2>');
    expect(tableOfContents(body)).toEqual(tableOfContents(body));
  });
});

describe('wantsTableOfContents', () => {
  const three = [1, 2, 3].map((n) => ({ id: `s${n}`, text: `S${n}`, level: 2 }));
  it('shows it only for long articles with three headings or more', () => {
    expect(wantsTableOfContents(three, 1500)).toBe(true);
    expect(wantsTableOfContents(three, 1499)).toBe(false);
    expect(wantsTableOfContents(three.slice(0, 2), 20_000)).toBe(false);
  });
});
