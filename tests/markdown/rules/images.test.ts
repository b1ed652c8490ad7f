import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

describe('images and figures', () => {
  it.each([
    [
      'alt and title',
      '<p><img src="https://x.test/a.png" alt="A cat" title="Sleeping"></p>',
      '![A cat](https://x.test/a.png "Sleeping")',
    ],
    ['a title equal to the alt is not repeated', '<img src="a.png" alt="Cat" title="Cat">', '![Cat](a.png)'],
    ['brackets in alt are escaped', '<img src="a.png" alt="Fig [1]">', '![Fig \\[1\\]](a.png)'],
    [
      'a space in the URL is encoded',
      '<img src="https://x.test/my pic.png" alt="">',
      '![](https://x.test/my%20pic.png)',
    ],
    ['no src: dropped', '<p>Text <img alt="lazy"></p>', 'Text'],
    [
      'a srcset-only image takes the widest candidate',
      '<img srcset="s.png 300w, l.png 1200w, m.png 600w" alt="x">',
      '![x](l.png)',
    ],
    [
      'a 1×1 tracking pixel is dropped',
      '<p>Text<img src="https://t.test/p.gif" width="1" height="1"></p>',
      'Text',
    ],
    ['a javascript: src is dropped', '<img src="javascript:alert(1)" alt="x">', ''],
    [
      'a figure: the image, then its caption as an italic line',
      '<figure><img src="a.png" alt="Chart"><figcaption>Sales in <em>2024</em>, by month</figcaption></figure>',
      '![Chart](a.png)\n\n*Sales in 2024, by month*',
    ],
    [
      'an image inside a link stays linked',
      '<a href="https://x.test/big.jpg"><img src="https://x.test/small.jpg" alt="Zoom"></a>',
      '[![Zoom](https://x.test/small.jpg)](https://x.test/big.jpg)',
    ],
    [
      '<picture> is one image, from its <img>',
      '<picture><source srcset="a.avif" type="image/avif"><source srcset="a.webp"><img src="a.jpg" alt="P"></picture>',
      '![P](a.jpg)',
    ],
    [
      '<picture> whose <img> has no src uses its first source',
      '<picture><source srcset="a.webp 1x, a2.webp 2x"><img alt="P"></picture>',
      '![P](a2.webp)',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });

  it('renders the figure caption as its own paragraph under the image', () => {
    const document = renderedDocument(
      convertHtml('<figure><img src="a.png" alt="Chart"><figcaption>Sales by month</figcaption></figure>'),
    );
    const paragraphs = Array.from(document.querySelectorAll('p'));
    expect(paragraphs).toHaveLength(2);
    expect(paragraphs[0]?.querySelector('img')?.getAttribute('alt')).toBe('Chart');
    expect(paragraphs[1]?.querySelector('em')?.textContent).toBe('Sales by month');
  });

  it('renders a linked image as an image inside a link', () => {
    const document = renderedDocument(
      convertHtml('<a href="https://x.test/big.jpg"><img src="s.jpg" alt="Zoom"></a>'),
    );
    expect(document.querySelector('a[href="https://x.test/big.jpg"] > img')?.getAttribute('src')).toBe(
      's.jpg',
    );
  });
});
