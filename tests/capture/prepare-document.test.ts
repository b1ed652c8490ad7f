import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { documentBase, resolveMedia, revealNoscriptImages } from '../../lib/capture/prepare-document.ts';

function prepared(body: string, head = ''): Document {
  const { document } = parseHTML(`<html><head>${head}</head><body>${body}</body></html>`);
  // In the order capture runs them (see capture-article.ts).
  const base = documentBase(document, 'https://site.example/news/story.html');
  revealNoscriptImages(document);
  resolveMedia(document, base);
  return document;
}

const srcOf = (doc: Document): string | null | undefined => doc.querySelector('img')?.getAttribute('src');

describe('revealNoscriptImages and resolveMedia', () => {
  it.each([
    [
      'data-src over a placeholder',
      '<img src="data:image/gif;base64,R0l=" data-src="/a.jpg">',
      'https://site.example/a.jpg',
    ],
    ['data-lazy-src', '<img data-lazy-src="b.jpg">', 'https://site.example/news/b.jpg'],
    [
      'the largest srcset candidate',
      '<img src="s.jpg" srcset="s.jpg 320w, l.jpg 1280w, m.jpg 640w">',
      'https://site.example/news/l.jpg',
    ],
    ['data-srcset', '<img data-srcset="a.jpg 1x, b.jpg 2x">', 'https://site.example/news/b.jpg'],
    [
      'a <picture> source when the img has none',
      '<picture><source srcset="p.webp 800w"><img alt="x"></picture>',
      'https://site.example/news/p.webp',
    ],
    ['a plain src, made absolute', '<img src="../img/c.png">', 'https://site.example/img/c.png'],
  ])('makes images real: %s', (_name, body, src) => {
    expect(srcOf(prepared(body))).toBe(src);
  });

  it.each(['javascript:alert(1)', '\u0001javascript:alert(1)', ' java\tscript:alert(1)', 'vbscript:x'])(
    'keeps the text of a %j link but not its address',
    (href) => {
      const link = prepared(`<p><a href="${href}">Read more</a></p>`).querySelector('a');
      expect(link?.hasAttribute('href')).toBe(false);
      expect(link?.textContent).toBe('Read more');
    },
  );

  it('replaces a lazy placeholder with its <noscript> twin', () => {
    const doc = prepared(
      '<img class="lazy" src="/placeholder.svg"><noscript><img src="/real.jpg" alt="Real"></noscript>',
    );
    expect(Array.from(doc.querySelectorAll('img'), (img) => img.getAttribute('src'))).toEqual([
      'https://site.example/real.jpg',
    ]);
  });

  it('resolves links against <base href>, and drops script links', () => {
    const doc = prepared(
      '<a href="guide.html">g</a><a href="javascript:void(0)">x</a>',
      '<base href="https://docs.example/v2/">',
    );
    const links = Array.from(doc.querySelectorAll('a'), (a) => a.getAttribute('href'));
    expect(links).toEqual(['https://docs.example/v2/guide.html', null]);
  });
});
