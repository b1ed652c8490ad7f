import * as v from 'valibot';
import { CAPTURE_LIMITS } from '../../articles/article-limits';
import { tagsSchema } from '../../articles/article-schema';
import type { ArticleRecord, StoredArticle } from '../../article';
import type { CleanCaptureDb } from './db';

/** Every article without its body, newest first: what the library lists, filters and counts. */
export function listAllArticles(db: CleanCaptureDb): Promise<ArticleRecord[]> {
  return db.articles.orderBy('capturedAt').reverse().toArray();
}

/**
 * Deletes many articles in one transaction and returns exactly what was removed, for undo. One
 * transaction instead of one per article keeps deleting thousands well under a second.
 */
export async function deleteArticles(db: CleanCaptureDb, ids: readonly number[]): Promise<StoredArticle[]> {
  return db.transaction('rw', db.articles, db.bodies, async () => {
    const [records, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
    const removed: StoredArticle[] = [];
    records.forEach((record, i) => {
      if (record) removed.push({ ...record, markdown: bodies[i]?.markdown ?? '' });
    });
    await db.articles.bulkDelete([...ids]);
    await db.bodies.bulkDelete([...ids]);
    return removed;
  });
}

/**
 * Puts deleted articles back under their old ids. A page captured again since the delete keeps its
 * newer copy; the old one is skipped and counted, so the user can be told.
 */
export async function restoreArticles(
  db: CleanCaptureDb,
  articles: readonly StoredArticle[],
): Promise<{ restored: ArticleRecord[]; skipped: number }> {
  return db.transaction('rw', db.articles, db.bodies, async () => {
    const clashes = await db.articles
      .where('canonicalUrl')
      .anyOf(articles.map((a) => a.canonicalUrl))
      .toArray();
    const taken = new Set(clashes.map((c) => c.canonicalUrl));
    const restored: ArticleRecord[] = [];
    for (const article of articles) {
      if (taken.has(article.canonicalUrl)) continue;
      const record: ArticleRecord & { markdown?: string } = { ...article };
      delete record.markdown;
      restored.push(record);
    }
    await db.articles.bulkPut(restored);
    const bodyById = new Map(articles.map((a) => [a.id, a.markdown]));
    await db.bodies.bulkPut(restored.map((r) => ({ id: r.id, markdown: bodyById.get(r.id) ?? '' })));
    return { restored, skipped: articles.length - restored.length };
  });
}

/**
 * Replaces an article's tags; returns false when the article is gone. Throws, storing nothing, when
 * the tags are outside the capture limits (too many, not normalised), which an import would refuse.
 */
export async function setArticleTags(
  db: CleanCaptureDb,
  id: number,
  tags: readonly string[],
): Promise<boolean> {
  const checked = v.safeParse(tagsSchema(CAPTURE_LIMITS), tags);
  if (!checked.success) throw new Error(checked.issues[0].message);
  return (await db.articles.update(id, { tags: [...tags] })) === 1;
}

/**
 * The given articles with bodies, in the order asked, read a batch at a time: one transaction per
 * article costs more than the zip itself, and a batch keeps memory bounded. Deleted ones are skipped.
 */
export async function* iterateArticlesInBatches(
  db: CleanCaptureDb,
  ids: readonly number[],
  batchSize = 200,
): AsyncGenerator<StoredArticle> {
  for (let i = 0; i < ids.length; i += batchSize) {
    const batch = ids.slice(i, i + batchSize);
    const [records, bodies] = await db.transaction('r', db.articles, db.bodies, () =>
      Promise.all([db.articles.bulkGet(batch), db.bodies.bulkGet(batch)]),
    );
    for (let j = 0; j < batch.length; j++) {
      const record = records[j];
      const body = bodies[j];
      if (record && body) yield { ...record, markdown: body.markdown };
    }
  }
}
