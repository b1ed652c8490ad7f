import type { StoredArticle } from '../../lib/article';

/** A plausible stored article; tests override what they are about. */
export function sampleArticle(overrides: Partial<StoredArticle> = {}): StoredArticle {
  const id = overrides.id ?? 1;
  return {
    id,
    title: `Article number ${id}`,
    authors: ['Ada Lovelace'],
    siteName: 'Example Times',
    publishedTime: '2025-03-04T08:00:00.000Z',
    lang: 'en',
    dir: 'ltr',
    excerpt: 'A short standfirst.',
    sourceUrl: `https://example.com/articles/${id}?utm_source=rss`,
    canonicalUrl: `https://example.com/articles/${id}`,
    leadImage: null,
    wordCount: 120 + id,
    readingMinutes: 1,
    capturedAt: '2025-03-05T09:30:00.000Z',
    tags: ['reading'],
    markdown: `# Heading ${id}\n\nSome *text* for article ${id}.\n`,
    ...overrides,
  };
}

/** All the chunks of a zip as one byte array. */
export function joinChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const joined = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    joined.set(chunk, at);
    at += chunk.length;
  }
  return joined;
}

/** The value, or a failed test when it is missing. */
export function must<T>(value: T | null | undefined): T {
  if (value === null || value === undefined) throw new Error('expected a value');
  return value;
}
