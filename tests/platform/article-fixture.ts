import type { Article } from '../../lib/article';

/**
 * A plausible captured article; override what a test is about. A canonical URL given alone is also
 * the source URL: the store keeps a canonical URL only when it is on the page's own site.
 */
export function makeArticle(overrides: Partial<Article> = {}): Article {
  return {
    title: 'Harbour town votes to rebuild its tidal mill',
    authors: ['Mara Lindqvist'],
    siteName: 'The Coastal Ledger',
    publishedTime: '2026-03-14T08:30:00Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'The mill is to turn again.',
    sourceUrl: overrides.canonicalUrl ?? 'https://coastal-ledger.example/2026/03/harbour-tidal-mill?ref=home',
    canonicalUrl: 'https://coastal-ledger.example/2026/03/harbour-tidal-mill',
    leadImage: null,
    wordCount: 305,
    readingMinutes: 2,
    capturedAt: '2026-03-15T10:00:00.000Z',
    markdown: 'After forty years of silence, the tidal mill is to turn again.\n\n## A turbine\n\nText.',
    ...overrides,
  };
}
