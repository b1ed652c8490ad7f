import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { countArticles, getStoredArticle } from '../../../lib/platform/store/article-store';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { settlePendingCapture } from '../../../lib/platform/store/settle-pending-capture';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

const LISTED = 'https://mill.example/story?utm_source=pocket';

async function pendingEntry(): Promise<number> {
  const { id } = await saveArticle(
    db,
    makeArticle({ sourceUrl: LISTED, canonicalUrl: LISTED, markdown: '', notCaptured: true }),
    { replace: false },
  );
  await db.articles.update(id, { tags: ['from pocket', 'energy'], status: 'archived' });
  return id;
}

describe('settlePendingCapture', () => {
  it('moves a bare entry’s tags and archived status to the page captured under another address, and removes the entry', async () => {
    const pending = await pendingEntry();
    const { id: captured } = await saveArticle(db, makeArticle(), { replace: false });
    await db.articles.update(captured, { tags: ['energy', 'local'] });
    await settlePendingCapture(db, pending, captured);
    expect(await countArticles(db)).toBe(1);
    expect(await getStoredArticle(db, captured)).toMatchObject({
      tags: ['energy', 'local', 'from pocket'],
      status: 'archived',
      markdown: makeArticle().markdown,
    });
    expect(await getStoredArticle(db, pending)).toBeUndefined();
  });

  it('leaves an entry alone once it is no longer a bare one, and does nothing for the same article', async () => {
    const pending = await pendingEntry();
    await db.articles.update(pending, { notCaptured: undefined });
    const { id: captured } = await saveArticle(db, makeArticle(), { replace: false });
    await settlePendingCapture(db, pending, captured);
    await settlePendingCapture(db, captured, captured);
    expect(await countArticles(db)).toBe(2);
    expect((await getStoredArticle(db, captured))?.tags).toEqual([]);
  });
});
