import DOMPurify from 'dompurify';
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
