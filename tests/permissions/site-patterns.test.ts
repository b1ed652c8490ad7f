import { describe, expect, it } from 'vitest';
import { siteNames, sitePattern, sitePatterns } from '../../lib/permissions/site-patterns';

describe('sitePatterns', () => {
  it('gives one pattern per site, ports and paths left out, in first-seen order', () => {
    expect(
      sitePatterns([
        'https://news.example/a?b=1',
        'http://127.0.0.1:8123/story',
        'https://news.example/other',
        'http://127.0.0.1:9000/',
      ]),
    ).toEqual(['https://news.example/*', 'http://127.0.0.1/*']);
  });

  it('gives none for pages no host permission reaches, nor for a missing or broken address', () => {
    expect(
      sitePatterns(['chrome://extensions/', 'about:blank', 'file:///tmp/a.html', undefined, 'not a url']),
    ).toEqual([]);
    expect(sitePattern('javascript:alert(1)')).toBeNull();
  });

  it('names the sites for a sentence', () => {
    expect(siteNames(['https://news.example/*', 'http://news.example/*', 'http://127.0.0.1/*'])).toBe(
      'news.example, 127.0.0.1',
    );
  });
});
