import type { ArticleRecord, StoredArticle } from '../../article';
import { captureKey } from '../../articles/capture-key';
import type { CleanCaptureDb } from './db';
import {
  annotationTables,
  removeAnnotations,
  restoreAnnotations,
  type RemovedAnnotations,
} from './highlight-store';
import { articleTables, restoreArticleImages, type ReleasedImages } from './image-store';
import {
  capturesAt,
  putStoredArticles,
  readStoredArticles,
  removeStoredArticles,
  splitBody,
} from './stored-articles';

/** Every article without its body, newest first: what the library lists, filters and counts. */
export function listAllArticles(db: CleanCaptureDb): Promise<ArticleRecord[]> {
  return db.articles.orderBy('capturedAt').reverse().toArray();
}

/**
 * Every article without its body, newest first, a page at a time: one `getAll` of 100,000 records
 * holds the page's thread for seconds while it turns them into objects, a page of 2,000 for a few
 * milliseconds, so the list answers input while the rest arrives. Pages follow the `capturedAt`
 * index from the newest end; articles captured in the same millisecond are never split between pages.
 */
export async function* readArticlesInPages(
  db: CleanCaptureDb,
  pageSize = 2_000,
): AsyncGenerator<ArticleRecord[]> {
  let before: string | null = null;
  for (;;) {
    const from =
      before === null ? db.articles.orderBy('capturedAt') : db.articles.where('capturedAt').below(before);
    const page: ArticleRecord[] = await from.reverse().limit(pageSize).toArray();
    if (page.length === 0) return;
    const last: string = (page.at(-1) as ArticleRecord).capturedAt;
    if (page.length < pageSize) {
      yield page;
      return;
    }
    // The limit may have cut a run of equal times: the next page starts below it, so take the whole run now.
    const tied = await db.articles.where('capturedAt').equals(last).reverse().toArray();
    yield [...page.filter((r) => r.capturedAt !== last), ...tied];
    before = last;
  }
}

/**
 * Every article without its body, newest first, as listAllArticles gives them, read a page at a time
 * (readArticlesInPages): a worker that reads them all answers its other messages between pages, where
 * one `getAll` would hold its thread for seconds at 100,000 articles.
 */
export async function listAllArticlesInPages(db: CleanCaptureDb, pageSize = 2_000): Promise<ArticleRecord[]> {
  const records: ArticleRecord[] = [];
  for await (const page of readArticlesInPages(db, pageSize)) for (const record of page) records.push(record);
  return records;
}

/** The records (without bodies) of these ids, in their order; undefined for an id no longer stored. */
export function getArticleRecords(
  db: CleanCaptureDb,
  ids: readonly number[],
): Promise<Array<ArticleRecord | undefined>> {
  return db.articles.bulkGet([...ids]);
}

const present = (article: StoredArticle | undefined): article is StoredArticle => article !== undefined;

/** Articles as a delete removed them, with the images, highlights and notes they took along: what an undo puts back. */
export interface DeletedArticles {
  articles: StoredArticle[];
  images: ReleasedImages;
  annotations: RemovedAnnotations;
}

/**
 * Deletes many articles in one transaction and returns exactly what was removed, for undo. One
 * transaction instead of one per article keeps deleting thousands well under a second.
 */
export async function deleteArticles(db: CleanCaptureDb, ids: readonly number[]): Promise<DeletedArticles> {
  return db.transaction('rw', [...articleTables(db), ...annotationTables(db)], async () => {
    const articles = (await readStoredArticles(db, ids)).filter(present);
    const images = await removeStoredArticles(db, ids);
    const annotations = await removeAnnotations(db, ids);
    return { articles, images, annotations };
  });
}

/**
 * Puts deleted articles back under their old ids. A page captured again since the delete keeps its
 * newer copy; the old one is skipped and counted, so the user can be told.
 */
export async function restoreArticles(
  db: CleanCaptureDb,
  { articles, images, annotations }: DeletedArticles,
): Promise<{ restored: ArticleRecord[]; skipped: number }> {
  return db.transaction('rw', [...articleTables(db), ...annotationTables(db)], async () => {
    const taken = await capturesAt(
      db,
      articles.map((a) => a.canonicalUrl),
    );
    const kept = articles.filter((article) => !taken.has(captureKey(article)));
    await putStoredArticles(db, kept);
    const restored = new Set(kept.map((article) => article.id));
    await restoreArticleImages(db, images, restored);
    await restoreAnnotations(db, annotations, restored);
    return { restored: kept.map((article) => splitBody(article)[0]), skipped: articles.length - kept.length };
  });
}

/**
 * The given articles with bodies, in the order asked, read a batch at a time: one transaction per
 * article costs more than the zip itself, and a batch keeps memory bounded (two batches: the next is
 * read while this one is used). Deleted ones are skipped.
 */
export async function* iterateArticlesInBatches(
  db: CleanCaptureDb,
  ids: readonly number[],
  batchSize = 200,
): AsyncGenerator<StoredArticle> {
  const read = (from: number) => {
    const batch = readStoredArticles(db, ids.slice(from, from + batchSize));
    // A consumer that stops early (a cancelled export) leaves one read unawaited: no unhandled failure.
    batch.catch(() => undefined);
    return batch;
  };
  let next = ids.length > 0 ? read(0) : null;
  for (let i = 0; next; i += batchSize) {
    const batch = await next;
    // The next batch is read while this one is used: the export no longer waits on the database.
    next = i + batchSize < ids.length ? read(i + batchSize) : null;
    for (const article of batch) {
      if (article) yield article;
    }
  }
}
