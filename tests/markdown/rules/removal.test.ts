import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';

describe('page machinery never reaches the Markdown', () => {
  it.each([
    ['script and style', '<p>a</p><script>alert(1)</script><style>p{}</style><p>b</p>'],
    [
      'noscript and template',
      '<p>a</p><noscript><img src="x.png"></noscript><template><p>t</p></template><p>b</p>',
    ],
    [
      'iframes and embeds',
      '<p>a</p><iframe src="https://ads.test/"></iframe><object data="x"></object><embed src="y"><p>b</p>',
    ],
    [
      'a small form with its controls',
      '<p>a</p><form><label>Email <input type="email"></label><button>Subscribe</button></form><p>b</p>',
    ],
    [
      'buttons and selects',
      '<p>a</p><button>Share</button><select><option>One</option></select><textarea>x</textarea><p>b</p>',
    ],
    ['inline SVG', '<p>a</p><svg viewBox="0 0 10 10"><title>icon</title><text>glyph</text></svg><p>b</p>'],
    [
      'video and audio fallbacks',
      '<p>a</p><video src="v.mp4">Your browser cannot play this.</video><audio>No audio.</audio><p>b</p>',
    ],
    ['hidden elements', '<p>a</p><div hidden>secret</div><p>b</p>'],
  ])('%s', (_name, html) => {
    expect(convertHtml(html)).toBe('a\n\nb');
  });

  it('keeps an article that a page wrapped in a form (ASP.NET does)', () => {
    const text = 'A long paragraph of the article itself. '.repeat(8).trim();
    expect(convertHtml(`<form id="aspnetForm"><input type="hidden"><p>${text}</p></form>`)).toBe(text);
  });
});
