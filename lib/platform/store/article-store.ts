import type { ArticleRecord, StoredArticle } from '../../article';
import type { CleanCaptureDb } from './db';

/** The newest articles first, without their bodies. */
export function listRecentArticles(db: CleanCaptureDb, limit: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('capturedAt').reverse().limit(limit).toArray();
}

/** How many articles are stored. */
export function countArticles(db: CleanCaptureDb): Promise<number> {
  return db.articles.count();
}

/** One article with its body, or undefined when it is gone. */
export async function getStoredArticle(db: CleanCaptureDb, id: number): Promise<StoredArticle | undefined> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const record = await db.articles.get(id);
    const body = await db.bodies.get(id);
    return record && body ? { ...record, markdown: body.markdown } : undefined;
  });
}

/** Deletes an article and returns exactly what was removed, so it can be restored (undo). */
export async function deleteArticle(db: CleanCaptureDb, id: number): Promise<StoredArticle | undefined> {
  return db.transaction('rw', db.articles, db.bodies, async () => {
    const article = await getStoredArticle(db, id);
    await db.articles.delete(id);
    await db.bodies.delete(id);
    return article;
  });
}

/**
 * Puts a deleted article back under its old id. Refuses, leaving the store untouched, when the page
 * was captured again since the delete: the newer copy wins.
 */
export async function restoreArticle(db: CleanCaptureDb, article: StoredArticle): Promise<void> {
  await db.transaction('rw', db.articles, db.bodies, async () => {
    const clash = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first();
    if (clash && clash.id !== article.id) {
      throw new Error('This page was saved again meanwhile, so the deleted copy was not restored.');
    }
    const { markdown, ...record } = article;
    await db.articles.put(record);
    await db.bodies.put({ id: article.id, markdown });
  });
}
