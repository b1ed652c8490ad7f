import 'fake-indexeddb/auto';
import { refusalInEnglish } from '../../harness/locale-messages';
import { iterateArticlesInBatches } from '../../../lib/platform/store/library-store';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  countArticles,
  deleteArticle,
  getStoredArticle,
  listRecentArticles,
  restoreArticle,
} from '../../../lib/platform/store/article-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

describe('listRecentArticles', () => {
  it('lists newest first, up to the limit, without bodies', async () => {
    for (const day of ['01', '03', '02']) {
      await saveArticle(
        db,
        makeArticle({
          title: `Day ${day}`,
          canonicalUrl: `https://a.example/${day}`,
          capturedAt: `2026-05-${day}T00:00:00.000Z`,
        }),
        {
          replace: false,
        },
      );
    }
    const listed = await listRecentArticles(db, 2);
    expect(listed.map((a) => a.title)).toEqual(['Day 03', 'Day 02']);
    for (const record of listed) expect(record).not.toHaveProperty('markdown');
  });
});

describe('delete and undo', () => {
  it('restores exactly what was deleted, under the same id', async () => {
    const { id } = await saveArticle(db, makeArticle(), { replace: false });
    await db.articles.update(id, { tags: ['keep'] });
    const before = await getStoredArticle(db, id);
    const removed = await deleteArticle(db, id);
    expect(removed?.article).toEqual(before);
    expect(await getStoredArticle(db, id)).toBeUndefined();
    expect(await db.bodies.count()).toBe(0);
    if (!removed) throw new Error('nothing was deleted');
    await restoreArticle(db, removed);
    expect(await getStoredArticle(db, id)).toEqual(before);
  });

  it('refuses to restore over a newer capture of the same page, leaving the newer copy', async () => {
    const { id } = await saveArticle(db, makeArticle(), { replace: false });
    const removed = await deleteArticle(db, id);
    const newer = await saveArticle(db, makeArticle({ markdown: 'Newer' }), { replace: false });
    if (!removed) throw new Error('nothing was deleted');
    expect(await refusalInEnglish(restoreArticle(db, removed))).toContain('saved again meanwhile');
    expect(await countArticles(db)).toBe(1);
    expect((await getStoredArticle(db, newer.id))?.markdown).toBe('Newer');
  });
});

describe('iterateArticlesInBatches', () => {
  it('yields bodies in the order asked, skipping articles deleted meanwhile', async () => {
    const a = await saveArticle(db, makeArticle({ canonicalUrl: 'https://a.example/a', markdown: 'A' }), {
      replace: false,
    });
    const b = await saveArticle(db, makeArticle({ canonicalUrl: 'https://a.example/b', markdown: 'B' }), {
      replace: false,
    });
    const seen: string[] = [];
    for await (const article of iterateArticlesInBatches(db, [b.id, 999, a.id])) seen.push(article.markdown);
    expect(seen).toEqual(['B', 'A']);
  });
});
