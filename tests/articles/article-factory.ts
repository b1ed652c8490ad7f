import type { Article, ArticleRecord, StoredArticle } from '../../lib/article';
import { UNREAD } from '../../lib/reading-state/reading-state';

/*
 * The one place tests make articles. Every variant starts from the same captured article, so a
 * field added to Article is filled in here once; a test overrides only what it is about, and spells
 * out any value its assertions depend on.
 */

/**
 * A plausible captured article, not yet stored; override what a test is about. A canonical URL
 * given alone is also the source URL: the store keeps a canonical URL only on the page's own site.
 */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Harbour town votes to rebuild its tidal mill',
    authors: ['Ada Lovelace'],
    siteName: 'Example Times',
    publishedTime: '2025-03-04T08:00:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A short standfirst.',
    sourceUrl: overrides.canonicalUrl ?? 'https://example.com/articles/harbour-tidal-mill?utm_source=rss',
    canonicalUrl: 'https://example.com/articles/harbour-tidal-mill',
    leadImage: null,
    wordCount: 305,
    readingMinutes: 2,
    capturedAt: '2025-03-05T09:30:00.000Z',
    markdown: 'After forty years of silence, the tidal mill is to turn again.\n\n## A turbine\n\nText.',
    ...overrides,
  };
}

/**
 * A stored article, as the library and export see it: article number `id` (1 unless given) has its
 * own title, addresses, body and capture time (day `id` after 4 March 2025), so many can be stored.
 */
export function makeStoredArticle(overrides: Partial<StoredArticle> = {}): StoredArticle {
  const id = overrides.id ?? 1;
  return {
    ...makeArticle({
      title: `Article number ${id}`,
      sourceUrl: `https://example.com/articles/${id}?utm_source=rss`,
      canonicalUrl: `https://example.com/articles/${id}`,
      wordCount: 120 + id,
      readingMinutes: 1,
      capturedAt: new Date(Date.UTC(2025, 2, 4 + id, 9, 30)).toISOString(),
      markdown: `# Heading ${id}\n\nSome *text* for article ${id}.\n`,
    }),
    id,
    tags: ['reading'],
    ...UNREAD,
    ...overrides,
  };
}

/** The record half of a stored article (no body), as lists and search read it. */
export function makeRecord(overrides: Partial<ArticleRecord> = {}): ArticleRecord {
  const record: ArticleRecord & { markdown?: string } = makeStoredArticle(overrides);
  delete record.markdown;
  return record;
}
