import { describe, expect, it } from 'vitest';
import { isSameSite, siteCanonicalUrl } from '../../lib/capture/site-canonical-url';

describe('isSameSite', () => {
  it.each([
    ['subdomains of one registrable domain', 'https://www.bank.example/a', 'https://bank.example/b'],
    ['http and https of one site', 'http://news.example/a', 'https://m.news.example/a'],
    ['a country-code second level', 'https://www.paper.co.uk/a', 'https://amp.paper.co.uk/a'],
    ['one host on two ports', 'http://localhost:3000/a', 'http://localhost:4000/b'],
    ['one IP address', 'http://127.0.0.1:8080/a', 'http://127.0.0.1/b'],
  ])('%s is one site', (_name, a, b) => {
    expect(isSameSite(a, b)).toBe(true);
  });

  it.each([
    ['two registrable domains', 'https://evil.example/a', 'https://bank.example/a'],
    ['two domains under a public suffix', 'https://paper.co.uk/a', 'https://rival.co.uk/a'],
    // The private section of the list: each user's pages are a site of their own.
    ['two users of a hosting suffix', 'https://alice.github.io/a', 'https://bob.github.io/a'],
    ['an IP address and localhost', 'http://127.0.0.1:8080/a', 'http://localhost:8080/a'],
    ['two IP addresses', 'http://127.0.0.1/a', 'http://127.0.0.2/a'],
    ['a file and a web page', 'file:///home/me/page.html', 'https://bank.example/a'],
    ['an address that does not parse', 'not a url', 'https://bank.example/a'],
  ])('%s are two sites', (_name, a, b) => {
    expect(isSameSite(a, b)).toBe(false);
  });
});

describe('siteCanonicalUrl', () => {
  it('keeps a canonical URL on the same site as the page', () => {
    expect(siteCanonicalUrl('https://bank.example/news/1', 'https://www.bank.example/news/1?utm=x#top')).toBe(
      'https://bank.example/news/1',
    );
  });

  it("keeps the page's own URL, without its fragment, when the canonical is on another site", () => {
    expect(siteCanonicalUrl('https://bank.example/account', 'https://evil.example/trap?x=1#top')).toBe(
      'https://evil.example/trap?x=1',
    );
  });
});
