import { parseHTML } from 'linkedom';
import { authorsFromByline } from '../../lib/capture/extract-authors.ts';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../lib/capture/extract-metadata.ts';

const URL = 'https://news.example/2025/01/story#top';

function metadataOf(head: string, body = '', htmlAttributes = '') {
  const { document } = parseHTML(`<html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`);
  return extractMetadata(document, URL);
}

const ld = (json: string): string => `<script type="application/ld+json">${json}</script>`;

describe('extractMetadata', () => {
  it.each([
    ['meta author', '<meta name="author" content="Jane Doe">', '', ['Jane Doe']],
    [
      'several authors in one meta',
      '<meta name="author" content="Jane Doe, John Roe and Ann Lee">',
      '',
      ['Jane Doe', 'John Roe', 'Ann Lee'],
    ],
    ['an inverted name stays whole', '<meta name="author" content="Doe, Jane">', '', ['Doe, Jane']],
    [
      'JSON-LD author object',
      ld('{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}'),
      '',
      ['Jane Doe'],
    ],
    ['JSON-LD author array', ld('{"@type":"Article","author":[{"name":"A B"},"C D"]}'), '', ['A B', 'C D']],
    [
      'JSON-LD inside @graph',
      ld('{"@graph":[{"@type":"WebPage"},{"@type":"BlogPosting","author":{"name":"G H"}}]}'),
      '',
      ['G H'],
    ],
    [
      'article:author names, not profile URLs',
      '<meta property="article:author" content="https://facebook.com/jd">',
      '<a rel="author" href="/jd">Jane Doe</a>',
      ['Jane Doe'],
    ],
    ['nobody named', '', '<p>text</p>', []],
    [
      'a JSON-LD organisation is no author',
      ld('{"@type":"Article","author":{"@type":"Organization","name":"Daily"}}'),
      '',
      [],
    ],
    [
      'the site naming itself is no author',
      `<meta property="og:site_name" content="Gadget Site">${ld('{"@type":"Article","author":{"@type":"Person","name":"Gadget Site"}}')}`,
      '',
      [],
    ],
  ])('authors: %s', (_name, head, body, authors) => {
    expect(metadataOf(head, body).authors).toEqual(authors);
  });

  it.each([
    [
      'article:published_time',
      '<meta property="article:published_time" content="2025-09-27T08:38:00+00:00">',
      '',
      '2025-09-27T08:38:00Z',
    ],
    [
      'JSON-LD datePublished',
      ld('{"@type":"NewsArticle","datePublished":"2024-02-03T10:00:00+01:00"}'),
      '',
      '2024-02-03T10:00:00+01:00',
    ],
    ['a bare date stays a date', '<meta itemprop="datePublished" content="2023-06-18">', '', '2023-06-18'],
    ['<time datetime>', '', '<time datetime="2022-12-01T07:30">1 Dec</time>', '2022-12-01T07:30:00'],
    [
      'free text with a year',
      '<meta name="date" content="Tue, 19 Nov 2019 10:48:00 GMT">',
      '',
      '2019-11-19T10:48:00.000Z',
    ],
    ['nothing that is a date', '<meta name="date" content="yesterday">', '', null],
  ])('published time: %s', (_name, head, body, published) => {
    expect(metadataOf(head, body).publishedTime).toBe(published);
  });

  it('survives broken JSON-LD and reads the next source', () => {
    const meta = metadataOf(
      `${ld('{"@type":"Article", "headline": "Broken,')}<meta property="og:title" content="From OG">`,
    );
    expect(meta.title).toBe('From OG');
  });

  it('reads JSON-LD with raw newlines in strings and trailing commas', () => {
    const meta = metadataOf(ld('{"@type":"Article","headline":"Line\none",}'));
    expect(meta.title).toBe('Line one');
  });

  it.each([
    [
      'title | site',
      '<title>Big news today | The Daily</title><meta property="og:site_name" content="The Daily">',
      'Big news today',
    ],
    [
      'site – title',
      '<title>The Daily – Big news today</title><meta property="og:site_name" content="The Daily">',
      'Big news today',
    ],
    [
      'headline beats og:title',
      `${ld('{"@type":"NewsArticle","headline":"Headline"}')}<meta property="og:title" content="OG">`,
      'Headline',
    ],
  ])('title: %s', (_name, head, title) => {
    expect(metadataOf(head).title).toBe(title);
  });

  it('reads site name, language, direction, excerpt, image and canonical URL', () => {
    const meta = metadataOf(
      '<meta property="og:site_name" content="Al Akhbar"><meta name="description" content="A short summary &amp;amp; more">' +
        '<meta property="og:image" content="/img/lead.jpg"><link rel="canonical" href="/2025/01/story">',
      '',
      'lang="ar" dir="rtl"',
    );
    expect(meta).toMatchObject({
      siteName: 'Al Akhbar',
      lang: 'ar',
      dir: 'rtl',
      excerpt: 'A short summary & more',
      leadImage: 'https://news.example/img/lead.jpg',
      canonicalUrl: 'https://news.example/2025/01/story',
    });
  });

  it('falls back to the page URL without its fragment, and to JSON-LD publisher for the site', () => {
    const meta = metadataOf(
      ld('{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Example News"}}'),
    );
    expect(meta.canonicalUrl).toBe('https://news.example/2025/01/story');
    expect(meta.siteName).toBe('Example News');
  });

  it('gives a right-to-left direction from the language when the page sets none', () => {
    expect(metadataOf('<meta http-equiv="content-language" content="he">').dir).toBe('rtl');
    expect(metadataOf('', '', 'lang="en-GB"').dir).toBe('ltr');
  });

  it.each([
    ['javascript:', 'javascript:alert(1)'],
    ['upper-case JAVASCRIPT: after a space', ' JAVASCRIPT:alert(1)'],
    ['data:', 'data:image/svg+xml;base64,PHN2Zz48L3N2Zz4='],
    ['ftp:', 'ftp://files.example/lead.jpg'],
  ])('keeps no lead image or canonical address with a %s scheme', (_name, url) => {
    const meta = metadataOf(
      `<meta property="og:image" content="${url}"><meta property="og:url" content="${url}">`,
    );
    expect(meta.leadImage).toBeNull();
    expect(meta.canonicalUrl).toBe('https://news.example/2025/01/story');
  });
});

describe('authorsFromByline', () => {
  it('names the people of a byline, not the date that follows them', () => {
    expect(authorsFromByline('By Joe Marsh, 12 March 2012')).toEqual(['Joe Marsh']);
    expect(authorsFromByline('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe']);
  });
});

describe('extractMetadata on hostile JSON-LD', () => {
  it('reads past values nested thousands of levels deep without overflowing the stack', () => {
    const arrays = `${'['.repeat(5000)}"x"${']'.repeat(5000)}`;
    const objects = `${'{"name":'.repeat(5000)}"x"${'}'.repeat(5000)}`;
    for (const deep of [arrays, objects]) {
      const ld = `{"@type":"NewsArticle","headline":${deep},"author":${deep},"publisher":${deep}}`;
      const { document } = parseHTML(
        `<html><head><title>Plain title</title><script type="application/ld+json">${ld}</script></head><body></body></html>`,
      );
      expect(extractMetadata(document, 'https://site.example/a').title).toBe('Plain title');
    }
  });
});
