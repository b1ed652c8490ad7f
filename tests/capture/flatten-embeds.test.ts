import { parseHTML } from 'linkedom';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page.ts';
import { flattenEmbeds } from '../../lib/capture/flatten-embeds.ts';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';

const BASE = 'https://news.example/story';

function flattened(body: string): Document {
  const { document } = parseHTML(`<html><body>${body}</body></html>`);
  flattenEmbeds(document, BASE);
  return document;
}

const markdown = (body: string): string => htmlToMarkdown(flattened(body).body).trim();

const TWEET =
  '<blockquote class="twitter-tweet"><p lang="en">Ferry cancelled again</p>&mdash; Port News (@portnews) <a href="https://twitter.com/portnews/status/123456789?ref_src=twsrc%5Etfw">March 3, 2025</a></blockquote><script async src="https://platform.twitter.com/widgets.js"></script>';

describe('flattenEmbeds', () => {
  const cases: Array<[string, string, string]> = [
    [
      'a post with text: a quote with a byline whose date links to it',
      TWEET,
      '> Ferry cancelled again\n>\n> — Port News (@portnews) [March 3, 2025](https://twitter.com/portnews/status/123456789)',
    ],
    [
      'a post in a frame: a quote that links to it',
      '<div class="twitter-tweet twitter-tweet-rendered"><iframe src="https://platform.twitter.com/embed/Tweet.html?id=42"></iframe></div>',
      '> [Post on X](https://twitter.com/i/web/status/42)',
    ],
    [
      'a Mastodon post without text: the link and whose it is',
      '<iframe src="https://toot.example/@gulls/77/embed" class="mastodon-embed"></iframe>',
      '> [Post on Mastodon](https://toot.example/@gulls/77) by @gulls@toot.example',
    ],
    [
      'a YouTube frame: the still as an image and the title linking to the watch page',
      '<iframe src="https://www.youtube.com/embed/a1B2c3D4e5F" title="Lifeboat launch"></iframe>',
      '![Lifeboat launch](https://i.ytimg.com/vi/a1B2c3D4e5F/hqdefault.jpg)\n\n*[Lifeboat launch](https://www.youtube.com/watch?v=a1B2c3D4e5F)*',
    ],
    [
      'a video with a still and no title: the still links to the watch page',
      '<iframe src="https://www.youtube.com/embed/a1B2c3D4e5F" title="YouTube video player"></iframe>',
      '[![YouTube video](https://i.ytimg.com/vi/a1B2c3D4e5F/hqdefault.jpg)](https://www.youtube.com/watch?v=a1B2c3D4e5F)',
    ],
    [
      'a video with neither still nor title: a link named after its service',
      '<iframe src="https://player.vimeo.com/video/905123456"></iframe>',
      '*[Vimeo video](https://vimeo.com/905123456)*',
    ],
  ];
  for (const [name, html, expected] of cases) {
    it(name, () => expect(markdown(html)).toBe(expected));
  }

  it('replaces the wrappers that hold only the embed, and leaves no frame or script', () => {
    const doc = flattened(
      '<p>Before.</p><div class="embed social-embed"><div class="inner"><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F"></iframe></div><script src="https://example.org/x.js"></script></div><p>After.</p>',
    );
    expect(doc.body.innerHTML).not.toMatch(/iframe|script|social-embed/);
    expect(Array.from(doc.body.children, (e) => e.tagName.toLowerCase())).toEqual(['p', 'figure', 'p']);
  });

  it('keeps a wrapper that holds other text, such as a caption', () => {
    const doc = flattened(
      '<figure class="video"><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F" title="Launch"></iframe><figcaption>Filmed from the pier.</figcaption></figure>',
    );
    expect(doc.querySelector('figure.video > figure img')?.getAttribute('src')).toBe(
      'https://i.ytimg.com/vi/a1B2c3D4e5F/hqdefault.jpg',
    );
    expect(doc.querySelector('figure.video > figcaption')?.textContent).toBe('Filmed from the pier.');
  });

  it('leaves a hidden embed as it is, for the pre-pass to remove', () => {
    const doc = flattened(
      '<div style="display: none"><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F"></iframe></div>',
    );
    expect(doc.querySelector('iframe')).not.toBeNull();
    expect(doc.querySelector('img')).toBeNull();
  });

  it('keeps an embed inside a box named as share furniture through the whole capture', () => {
    const prose = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the harbour board met on Monday to agree the repairs to the wall, and the fishermen asked that the slipway stay open while the work lasts.</p>`,
    ).join('');
    const { document } = parseHTML(
      `<html><head><title>Harbour repairs</title></head><body><article><h1>Harbour repairs</h1>${prose}<div class="social-share-embed">${TWEET}</div>${prose}</article></body></html>`,
    );
    const result = capturePage(document, BASE);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.markdown).toContain(
      '> — Port News (@portnews) [March 3, 2025](https://twitter.com/portnews/status/123456789)',
    );
  });

  it('puts an embed set inside a heading after the heading, which keeps its one line', () => {
    expect(
      markdown(
        '<h3>Puzzle Quest (2007)<br><iframe src="https://www.youtube.com/embed/a1B2c3D4e5F"></iframe></h3><h3><iframe src="https://www.youtube.com/embed/Z9y8X7w6V5u"></iframe></h3>',
      ),
    ).toBe(
      [
        '### Puzzle Quest (2007)',
        '[![YouTube video](https://i.ytimg.com/vi/a1B2c3D4e5F/hqdefault.jpg)](https://www.youtube.com/watch?v=a1B2c3D4e5F)',
        '[![YouTube video](https://i.ytimg.com/vi/Z9y8X7w6V5u/hqdefault.jpg)](https://www.youtube.com/watch?v=Z9y8X7w6V5u)',
      ].join('\n\n'),
    );
  });

  it('keeps the link of every untitled video through the clean-up, though their captions read the same', () => {
    const prose = Array.from(
      { length: 3 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: three games that mixed puzzles with role-playing, each shown in a short trailer from the year it came out.</p>`,
    ).join('');
    const videos = ['905123456', '905123457']
      .map((id) => `<p>A trailer:</p><iframe src="https://player.vimeo.com/video/${id}"></iframe>`)
      .join('');
    const { document } = parseHTML(
      `<html><head><title>Puzzle games</title></head><body><article><h1>Puzzle games</h1>${prose}${videos}${prose}</article></body></html>`,
    );
    const result = capturePage(document, BASE);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.markdown).toContain('*[Vimeo video](https://vimeo.com/905123456)*');
    expect(result.article.markdown).toContain('*[Vimeo video](https://vimeo.com/905123457)*');
  });
});
