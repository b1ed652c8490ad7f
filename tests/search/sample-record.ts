import type { ArticleRecord } from '../../lib/article';

/** A stored article record for search tests: the given id, title and site, captured on day `id` of 2026. */
export function sampleRecord(
  id: number,
  title: string,
  siteName: string,
  tags: string[] = [],
): ArticleRecord {
  return {
    id,
    title,
    authors: [],
    siteName,
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    sourceUrl: `https://x/${id}`,
    canonicalUrl: `https://x/${id}`,
    leadImage: null,
    wordCount: 1,
    readingMinutes: 1,
    // Day `id` counted from 1 January, so ids past 9 (and past 31) still give a real date.
    capturedAt: new Date(Date.UTC(2026, 0, id)).toISOString(),
    tags,
  };
}
