import DOMPurify, { type DOMPurify as DOMPurifyType } from 'dompurify';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { imageAddress, listMarkdownImages } from '../../lib/images/list-markdown-images';
import { renderMarkdown } from '../../lib/reading/render-markdown';

describe('listMarkdownImages', () => {
  it('lists each image address once, in reading order, wherever the image sits', () => {
    const markdown = [
      '![Lead](https://a.example/lead.jpg "The harbour")',
      '',
      'Text with ![inline](https://cdn.example/i.png) and a [link](https://a.example/page).',
      '',
      '- ![in a list](https://cdn.example/list.webp)',
      '',
      '> ![quoted](https://cdn.example/q.gif)',
      '',
      '| a | b |',
      '|---|---|',
      '| ![cell](https://cdn.example/cell.avif) | x |',
      '',
      '[![linked](https://a.example/thumb.jpg)](https://a.example/full.jpg)',
      '',
      '![Lead again](https://a.example/lead.jpg)',
    ].join('\n');
    expect(listMarkdownImages(markdown)).toEqual([
      'https://a.example/lead.jpg',
      'https://cdn.example/i.png',
      'https://cdn.example/list.webp',
      'https://cdn.example/q.gif',
      'https://cdn.example/cell.avif',
      'https://a.example/thumb.jpg',
    ]);
  });

  it('leaves out what is not fetched: data images, relative and broken addresses, code', () => {
    const markdown = [
      '![dot](data:image/png;base64,iVBORw0KGgo=)',
      '![rel](/img/a.png)',
      '![broken](https://)',
      '`![code](https://a.example/code.png)`',
      '',
      '    ![indented](https://a.example/indented.png)',
    ].join('\n');
    expect(listMarkdownImages(markdown)).toEqual([]);
  });

  it('gives the keys the reading view finds again from the src it writes', () => {
    const markdown =
      '![a](https://a.example/wiki/Foo_\\(bar\\).png) ![b](<https://a.example/a b.png>) ![c](https://a.example/x.png?a=1&b=2)';
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const purify = DOMPurify(document.defaultView as unknown as Window & typeof globalThis);
    const holder = document.createElement('div');
    holder.innerHTML = renderMarkdown(markdown, purify);
    const rendered = [...holder.querySelectorAll('img')].map((img) =>
      imageAddress(img.getAttribute('src') ?? ''),
    );
    expect(listMarkdownImages(markdown)).toEqual(rendered);
    expect(rendered).toEqual([
      'https://a.example/wiki/Foo_(bar).png',
      'https://a.example/a%20b.png',
      'https://a.example/x.png?a=1&b=2',
    ]);
  });
});

describe('listMarkdownImages on images written as HTML', () => {
  // Markdown from other tools (and tables or figures they keep as HTML) holds raw <img> tags; the
  // reading view shows them like any image, so they are stored and looked up the same way.
  const markdown = [
    '<table><tr><td><img alt="Cell" src="https://a.example/cell.png?w=1&amp;h=2"></td></tr></table>',
    '',
    '<figure>',
    '<IMG src=\'https://a.example/figure.jpg\' data-src="https://a.example/not-this.jpg">',
    '<figcaption>A figure</figcaption>',
    '</figure>',
    '',
    'Inline <img class=icon src=https://a.example/icon.gif width=16> in text, and one more',
    '<img srcset="https://a.example/set.jpg 2x" src="https://a.example/&#x61;.webp" />.',
    '',
    '`<img src="https://a.example/code-span.png">`',
    '',
    '```html',
    '<img src="https://a.example/fenced.png">',
    '```',
    '',
    '<img data-src="https://a.example/lazy-only.png" alt="no src">',
  ].join('\n');

  it('lists the src of each <img> outside code, entities decoded', () => {
    expect(listMarkdownImages(markdown)).toEqual([
      'https://a.example/cell.png?w=1&h=2',
      'https://a.example/figure.jpg',
      'https://a.example/icon.gif',
      'https://a.example/a.webp',
    ]);
  });

  it('lists exactly the addresses the reading view asks for', () => {
    // DOMPurify passes linkedom's markup through untouched, so this stand-in parses the rendered
    // HTML with linkedom (which decodes attributes as a browser does) and runs the hook on each element.
    const hooks: Array<(node: Element) => void> = [];
    const purify = {
      addHook: (_name: string, hook: (node: Element) => void) => void hooks.push(hook),
      sanitize: (html: string) => {
        const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
        for (const element of [...document.body.querySelectorAll('*')])
          hooks.forEach((hook) => hook(element));
        return document.body.innerHTML;
      },
    } as unknown as DOMPurifyType;
    const asked = new Set<string>();
    renderMarkdown(markdown, purify, (address) => {
      asked.add(address);
      return { kind: 'stored', src: 'blob:test' };
    });
    expect(asked.size).toBe(4);
    expect(listMarkdownImages(markdown)).toEqual([...asked]);
  });
});

describe('imageAddress', () => {
  it.each([
    ['https://a.example/a b.png', 'https://a.example/a%20b.png'],
    ['https://A.example:443/x.png', 'https://a.example/x.png'],
    ['http://a.example/x.png#frag', 'http://a.example/x.png#frag'],
    ['data:image/png;base64,AAAA', null],
    ['/relative.png', null],
    ['javascript:alert(1)', null],
  ])('%s → %s', (href, address) => {
    expect(imageAddress(href)).toBe(address);
  });
});

describe('listMarkdownImages on Markdown the parser cannot take', () => {
  it('finds no images instead of throwing, so the article still opens (as text) and saves', () => {
    const markdown = `${'>'.repeat(5000)} Deep.\n\n![a](https://a.example/a.png)`;
    expect(listMarkdownImages(markdown)).toEqual([]);
  });
});
