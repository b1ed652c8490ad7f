import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { hasMainText, readArticleEvidence, type ArticleEvidence } from '../../lib/capture/has-main-text.ts';

const NO_EVIDENCE: ArticleEvidence = { declared: false, itemAddress: false };
const DECLARED: ArticleEvidence = { declared: true, itemAddress: false };

function root(html: string): Element {
  return parseHTML(`<html><body><div id="root">${html}</div></body></html>`).document.getElementById(
    'root',
  ) as Element;
}

const teasers = Array.from(
  { length: 6 },
  (_, i) =>
    `<h3><a href="https://site.example/story-${i}">Headline number ${i} of the day</a></h3><p>A line.</p>`,
).join('');

describe('hasMainText', () => {
  it('keeps a two-sentence post and a captioned photo', () => {
    expect(
      hasMainText(
        root('<p>Closed on Monday. Back on Tuesday.</p>'),
        'https://site.example/n',
        () => NO_EVIDENCE,
      ),
    ).toBe(true);
    expect(
      hasMainText(
        root('<img src="https://site.example/a.jpg">'),
        'https://site.example/n',
        () => NO_EVIDENCE,
      ),
    ).toBe(true);
  });

  it('refuses a page with no words and no media, or a shell of a word or two', () => {
    expect(hasMainText(root('<div> </div>'), 'https://site.example/n', () => DECLARED)).toBe(false);
    expect(hasMainText(root('<p>Loading…</p>'), 'https://site.example/n', () => NO_EVIDENCE)).toBe(false);
  });

  it('refuses teasers into the same site unless the page declares an article', () => {
    expect(hasMainText(root(teasers), 'https://www.site.example/news/', () => NO_EVIDENCE)).toBe(false);
    expect(hasMainText(root(teasers), 'https://www.site.example/news/', () => DECLARED)).toBe(true);
  });

  it('keeps a list of links to other sites: a roundup is a post', () => {
    expect(hasMainText(root(teasers), 'https://digest.example/?p=4', () => NO_EVIDENCE)).toBe(true);
  });

  it('keeps a list of links with a paragraph of prose before it', () => {
    const intro = `<p>${'We keep this list of our posts on the subject up to date as new ones are written. '.repeat(6)}</p>`;
    expect(hasMainText(root(intro + teasers), 'https://site.example/', () => NO_EVIDENCE)).toBe(true);
  });
});

describe('readArticleEvidence', () => {
  const page = (head: string): Document =>
    parseHTML(`<html><head>${head}</head><body></body></html>`).document;

  it('reads og:type and JSON-LD article types', () => {
    const og = page('<meta property="og:type" content="article">');
    expect(
      readArticleEvidence(og, 'https://site.example/x', { canonicalUrl: 'https://site.example/x' }).declared,
    ).toBe(true);
    const ld = page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"H"}</script>');
    expect(
      readArticleEvidence(ld, 'https://site.example/x', { canonicalUrl: 'https://site.example/x' }).declared,
    ).toBe(true);
  });

  it('takes no page at the site root for an article, whatever it declares', () => {
    const og = page('<meta property="og:type" content="article">');
    expect(
      readArticleEvidence(og, 'https://site.example/', { canonicalUrl: 'https://site.example/' }),
    ).toEqual(NO_EVIDENCE);
  });

  it('reads a slug of several words or a dated path as one item, but not a tag or search address', () => {
    const blank = page('');
    const evidence = (url: string): boolean =>
      readArticleEvidence(blank, url, { canonicalUrl: url }).itemAddress;
    expect(evidence('https://site.example/news/council-agrees-late-budget')).toBe(true);
    expect(evidence('https://site.example/2012/05/notes.html')).toBe(true);
    expect(evidence('https://site.example/tag/climate-change-policy/')).toBe(false);
    expect(evidence('https://site.example/search?q=three+word+query')).toBe(false);
    expect(evidence('https://site.example/world/')).toBe(false);
  });
});
