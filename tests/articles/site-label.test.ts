import { describe, expect, it } from 'vitest';
import { siteLabel } from '../../lib/articles/site-label';

describe('siteLabel', () => {
  it('uses the name the page gave its site', () => {
    expect(siteLabel({ siteName: 'The Harbour Gazette', sourceUrl: 'https://news.example/a' })).toBe(
      'The Harbour Gazette',
    );
  });

  it('else names the host the article was saved from', () => {
    expect(siteLabel({ siteName: null, sourceUrl: 'https://m.news.example/2026/a?x=1' })).toBe(
      'm.news.example',
    );
    expect(siteLabel({ siteName: '', sourceUrl: 'http://127.0.0.1:8080/a' })).toBe('127.0.0.1');
  });

  it('shows an address it cannot read as it is', () => {
    expect(siteLabel({ siteName: null, sourceUrl: 'not a url' })).toBe('not a url');
  });
});
