import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../lib/article';
import { makeRecord } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';

describe('database schema', () => {
  it('lists newest first without reading bodies', async () => {
    const db = openTestDatabase();
    // A record without its id, which the database gives.
    const base: Partial<ArticleRecord> = makeRecord({ tags: [] });
    delete base.id;
    await db.articles.add({
      ...base,
      title: 'Old',
      sourceUrl: 'https://a/1',
      canonicalUrl: 'https://a/1',
      capturedAt: '2026-01-01T00:00:00Z',
    } as never);
    await db.articles.add({
      ...base,
      title: 'New',
      sourceUrl: 'https://a/2',
      canonicalUrl: 'https://a/2',
      capturedAt: '2026-02-01T00:00:00Z',
    } as never);
    const titles = (await db.articles.orderBy('capturedAt').reverse().toArray()).map((a) => a.title);
    expect(titles).toEqual(['New', 'Old']);
    // Since version 3 the index lets an excerpt share its page's address; saveArticle keeps one
    // whole article per address (tests/platform/store/save-article.test.ts).
    await db.articles.add({
      ...base,
      title: 'Excerpt',
      sourceUrl: 'https://a/1',
      canonicalUrl: 'https://a/1',
      capturedAt: '2026-03-01T00:00:00Z',
      selection: true,
    } as never);
    expect(await db.articles.where('canonicalUrl').equals('https://a/1').count()).toBe(2);
    db.close();
  });
});
