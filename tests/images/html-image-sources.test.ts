import { describe, expect, it } from 'vitest';
import { htmlImageSources } from '../../lib/images/html-image-sources';

const srcs = (html: string) => htmlImageSources(html).map((source) => source.src);

describe('htmlImageSources', () => {
  it.each([
    ['double quotes', '<img src="https://a.example/a.png">', ['https://a.example/a.png']],
    ['single quotes, upper case', "<IMG ALT='x' SRC='https://a.example/b.png'>", ['https://a.example/b.png']],
    ['unquoted, self-closing', '<img src=https://a.example/c.png />', ['https://a.example/c.png']],
    ['spaces around =', '<img  src = "https://a.example/d.png" >', ['https://a.example/d.png']],
    [
      'a > inside another attribute',
      '<img alt="a > b" src="https://a.example/e.png">',
      ['https://a.example/e.png'],
    ],
    [
      'references decoded',
      '<img src="https://a.example/f?x=1&amp;y=&#50;&#x33;">',
      ['https://a.example/f?x=1&y=23'],
    ],
    ['only src, not data-src or srcset', '<img data-src="/lazy.png" srcset="/2x.png 2x">', []],
    ['a valueless attribute first', '<img hidden src="/g.png">', ['/g.png']],
    ['two images', '<p><img src="/1.png"> and <img src="/2.png"></p>', ['/1.png', '/2.png']],
    ['not another tag named img…', '<imgx src="/no.png"><image src="/no.png">', []],
    ['not in a comment', '<!-- <img src="/no.png"> --><img src="/yes.png">', ['/yes.png']],
    ['an unterminated quote', '<img src="/never-closed.png', []],
  ])('%s', (_name, html, expected) => {
    expect(srcs(html)).toEqual(expected);
  });

  it('says where each raw value sits, so it can be rewritten in place', () => {
    const html = '<td><img alt="" src="https://a.example/x.png?a=1&amp;b=2"></td>';
    const [found] = htmlImageSources(html);
    expect(found && html.slice(found.start, found.end)).toBe('https://a.example/x.png?a=1&amp;b=2');
  });

  it('reads a long run of tags in linear time (no backtracking)', () => {
    const html = '<img '.repeat(50_000);
    expect(srcs(html)).toEqual([]);
  });
});
