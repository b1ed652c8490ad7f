import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { getDatabase } from '../../../lib/platform/store/db';
import { POPUP_LIST_LIMIT, readArticles } from '../../../entrypoints/popup/use-articles';
import { makeArticle } from '../../articles/article-factory';

describe("the popup's first read", () => {
  it('falls back to Dexie when there is no database yet: no rows, and the database now exists', async () => {
    expect(await readArticles()).toEqual([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(getDatabase().name);
  });

  it('lists the newest articles first, the same rows as the Dexie read', async () => {
    const db = getDatabase();
    for (let i = 0; i < POPUP_LIST_LIMIT + 5; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await saveArticle(
        db,
        makeArticle({
          canonicalUrl: `https://news.example/${i}`,
          capturedAt: `2026-05-${day}T09:00:00.000Z`,
        }),
        { replace: false },
      );
    }
    const rows = await readArticles();
    expect(rows).toHaveLength(POPUP_LIST_LIMIT);
    expect(rows).toEqual(await listRecentArticles(db, POPUP_LIST_LIMIT));
  });
});
