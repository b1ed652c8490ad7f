import type { Article } from '../article.ts';
import { extractAuthors } from './extract-authors.ts';
import { normalizeDate } from './normalize-date.ts';
import { safeLinkUrl } from '../articles/safe-link-url.ts';
import { documentBase } from './prepare-document.ts';
import { findArticleNode, readJsonLd, textOf, types, type JsonLdNode } from './read-json-ld.ts';
import { readMetaTags, type MetaLookup } from './read-meta-tags.ts';

/** What the page says about itself, before and apart from its body. */
export type PageMetadata = Pick<
  Article,
  | 'title'
  | 'authors'
  | 'siteName'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'excerpt'
  | 'canonicalUrl'
  | 'leadImage'
>;

const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ks',
  'ku',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);
const DATE_META = [
  'date',
  'pubdate',
  'publish-date',
  'publishdate',
  'dc.date',
  'dc.date.issued',
  'dcterms.created',
];

/**
 * Reads title, authors, site, date, language, description, canonical URL and lead image from `doc`;
 * relative addresses resolve against `base` (the page's `<base href>`, else its address).
 */
export function extractMetadata(
  doc: Document,
  pageUrl: string,
  base: string = documentBase(doc, pageUrl),
): PageMetadata {
  const nodes = readJsonLd(doc);
  const article = findArticleNode(nodes);
  const meta = readMetaTags(doc);
  const siteName =
    meta('og:site_name') ??
    textOf(article?.['publisher']) ??
    textOf(nodes.find((n) => types(n).includes('WebSite'))?.['name']) ??
    meta('application-name');
  const lang = normalizeLang(
    doc.documentElement?.getAttribute('lang') ??
      meta('content-language') ??
      textOf(article?.['inLanguage']) ??
      meta('og:locale'),
  );
  const title =
    textOf(article?.['headline']) ??
    meta('og:title', 'twitter:title') ??
    doc.getElementsByTagName('title')[0]?.textContent ??
    '';
  return {
    title: cleanTitle(title, siteName),
    authors: extractAuthors(doc, article, siteName),
    siteName,
    publishedTime: publishedTime(doc, meta, article),
    lang,
    dir: direction(doc, lang),
    excerpt: meta('og:description', 'description', 'twitter:description') ?? textOf(article?.['description']),
    canonicalUrl: canonicalUrl(doc, meta, base, pageUrl),
    leadImage: absolute(
      meta('og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src') ??
        textOf(article?.['image'], 'url'),
      base,
    ),
  };
}

/** Drops a leading or trailing " | Site name" that titles often carry. */
function cleanTitle(raw: string, siteName: string | null): string {
  const text = raw.replace(/\s+/g, ' ').trim();
  const site = siteName?.trim().toLowerCase();
  if (!site) return text;
  const parts = text.split(/\s+[|–—·•:»-]\s+/);
  const first = parts[0] ?? '';
  const last = parts.at(-1) ?? '';
  if (parts.length < 2) return text;
  if (last.toLowerCase() === site) return text.slice(0, text.length - last.length).replace(/\s+\S\s+$/, '');
  if (first.toLowerCase() === site) return text.slice(first.length).replace(/^\s+\S\s+/, '');
  return text;
}

function publishedTime(doc: Document, meta: MetaLookup, article: JsonLdNode | null): string | null {
  const marked = doc.querySelector('[itemprop="datePublished"]');
  const candidates = [
    meta('article:published_time'),
    textOf(article?.['datePublished']),
    meta('datepublished'),
    marked?.getAttribute('datetime'),
    marked?.getAttribute('content'),
    meta(...DATE_META),
    doc.querySelector('time[datetime]')?.getAttribute('datetime'),
  ];
  for (const candidate of candidates) {
    const date = normalizeDate(candidate);
    if (date) return date;
  }
  return null;
}

function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.split(',')[0]?.trim().replace(/_/g, '-');
  return tag && /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(tag) ? tag : null;
}

function direction(doc: Document, lang: string | null): 'ltr' | 'rtl' | null {
  const explicit = (doc.documentElement?.getAttribute('dir') ?? doc.body?.getAttribute('dir'))?.toLowerCase();
  if (explicit === 'rtl' || explicit === 'ltr') return explicit;
  const primary = lang?.split('-')[0]?.toLowerCase();
  if (primary) return RTL_LANGUAGES.has(primary) ? 'rtl' : 'ltr';
  return null;
}

function canonicalUrl(doc: Document, meta: MetaLookup, base: string, pageUrl: string): string {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href'),
    meta('og:url'),
  ];
  for (const candidate of candidates) {
    const url = absolute(candidate, base);
    if (url) return url;
  }
  return pageUrl.replace(/#.*$/, '');
}

// Only web addresses: a page's og:image of `javascript:` or a megabyte `data:` URI is no lead image,
// and an export could not carry it back in.
function absolute(url: string | null | undefined, base: string): string | null {
  return url ? safeLinkUrl(url.trim(), base) : null;
}
