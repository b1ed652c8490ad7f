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

  // A file name is no evidence: the worker judges what it fetches by its bytes (a 1×1 picture is
  // skipped as a spacer whatever it is called), so capture keeps every address a loader names.
  it.each([
    [
      'a lazy loader’s real image named lazy.png',
      '<img src="data:image/gif;base64,R0l=" data-src="/photos/lazy.png">',
      'https://site.example/photos/lazy.png',
    ],
    [
      'one named placeholder.jpg',
      '<img data-lazy-src="/img/placeholder.jpg">',
      'https://site.example/img/placeholder.jpg',
    ],
    [
      'a srcset of spacer-named files',
      '<img src="data:," data-srcset="/a/spacer-1.jpg 1x, /a/spacer-2.jpg 2x">',
      'https://site.example/a/spacer-2.jpg',
    ],
    ['a plain src named loading.gif', '<img src="/img/loading.gif">', 'https://site.example/img/loading.gif'],
  ])('keeps an image whatever its name: %s', (_name, body, src) => {
    expect(srcOf(prepared(body))).toBe(src);
  });

  it.each([
    ['a named placeholder in src', '<img src="/img/spacer.gif" data-src="/real.jpg">'],
    ['an inline placeholder in srcset', '<img srcset="data:image/gif;base64,R0l=" data-src="/real.jpg">'],
    ['a named placeholder in srcset', '<img src="/real.jpg" srcset="/img/blank.gif 1x">'],
  ])('still takes the loader’s address over %s', (_name, body) => {
    expect(srcOf(prepared(body))).toBe('https://site.example/real.jpg');
  });

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
