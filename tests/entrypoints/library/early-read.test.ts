import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { FIRST_PAGE, startEarlyRead, takeEarlyRead } from '../../../entrypoints/library/early-read';
import { listNewestArticles, listRecentArticles } from '../../../lib/platform/store/article-store';
import { getDatabase } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { makeArticle } from '../../articles/article-factory';

describe("the library's first rows, read by the page's head", () => {
  it('lists the same newest rows as the page would read itself, handed over once', async () => {
    const db = getDatabase();
    for (let i = 0; i < FIRST_PAGE + 5; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const capturedAt = `2026-05-${day}T09:00:00.000Z`;
      await saveArticle(db, makeArticle({ canonicalUrl: `https://news.example/${i}`, capturedAt }), {
        replace: false,
      });
    }
    const page = {};
    startEarlyRead(page);
    const early = takeEarlyRead(page);
    expect(early).toBeDefined();
    expect(takeEarlyRead(page)).toBeUndefined();
    const rows = await listNewestArticles(() => db, FIRST_PAGE, early);
    expect(rows).toHaveLength(FIRST_PAGE);
    expect(rows).toEqual(await listRecentArticles(db, FIRST_PAGE));
  });
});
