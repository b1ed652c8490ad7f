import { CAPTURE_LIMITS } from '../../articles/article-limits';
import { tagsProblem } from '../../articles/article-schema';
import { errorSaying, MessageError } from '../../i18n/message-error';
import { message } from '../../i18n/message';
import { captureKey } from '../../articles/capture-key';
import type { ArticleRecord, StoredArticle } from '../../article';
import type { CleanCaptureDb } from './db';
import {
  annotationTables,
  removeAnnotations,
  restoreAnnotations,
  type RemovedAnnotations,
} from './highlight-store';
import { articleTables, restoreArticleImages, type ReleasedImages } from './image-store';
import { nativeDatabaseOf, readNewestArticles } from './read-newest-articles';
import { capturesAt, putStoredArticle, readStoredArticles, removeStoredArticles } from './stored-articles';

/** The newest articles first, without their bodies. */
export function listRecentArticles(db: CleanCaptureDb, limit: number): Promise<ArticleRecord[]> {
  return db.articles.orderBy('capturedAt').reverse().limit(limit).toArray();
}

/**
 * The same rows as `listRecentArticles`, read the quickest way for a first paint: plain IndexedDB
 * on the database as it is (`native`, started by the caller or here), which skips opening Dexie
 * (and its schema checks) before the first rows. Dexie reads instead when that cannot answer: no
 * database yet, or an upgrade due. `database` is asked for only then, or to start the read here:
 * setting up Dexie's schema took 6 ms of a cold popup's first rows.
 */
export function listNewestArticles(
  database: () => CleanCaptureDb,
  limit: number,
  native?: Promise<ArticleRecord[] | null>,
): Promise<ArticleRecord[]> {
  const viaDexie = () => listRecentArticles(database(), limit);
  const read = native ?? readNewestArticles(nativeDatabaseOf(database()), limit);
  return read.then((rows) => rows ?? viaDexie(), viaDexie);
}

/** How many articles are stored. */
export function countArticles(db: CleanCaptureDb): Promise<number> {
  return db.articles.count();
}

/** Whether the article is still stored (read without its body). */
export async function hasArticle(db: CleanCaptureDb, id: number): Promise<boolean> {
  return (await db.articles.where('id').equals(id).count()) > 0;
}

/** One article with its body, or undefined when it is gone. */
export async function getStoredArticle(db: CleanCaptureDb, id: number): Promise<StoredArticle | undefined> {
  return (await readStoredArticles(db, [id]))[0];
}

/** An article as a delete removed it, with the images, highlights and notes it took along: what an undo puts back. */
export interface DeletedArticle {
  article: StoredArticle;
  images: ReleasedImages;
  annotations: RemovedAnnotations;
}

/** Deletes an article and returns exactly what was removed, so it can be restored (undo). */
export async function deleteArticle(db: CleanCaptureDb, id: number): Promise<DeletedArticle | undefined> {
  return db.transaction('rw', [...articleTables(db), ...annotationTables(db)], async () => {
    const article = await getStoredArticle(db, id);
    const images = await removeStoredArticles(db, [id]);
    const annotations = await removeAnnotations(db, [id]);
    return article && { article, images, annotations };
  });
}

/**
 * Puts a deleted article back under its old id. Refuses, leaving the store untouched, when the page
 * was captured again since the delete: the newer copy wins.
 */
export async function restoreArticle(
  db: CleanCaptureDb,
  { article, images, annotations }: DeletedArticle,
): Promise<void> {
  await db.transaction('rw', [...articleTables(db), ...annotationTables(db)], async () => {
    const clash = (await capturesAt(db, [article.canonicalUrl])).get(captureKey(article));
    if (clash && clash.id !== article.id) {
      throw new MessageError(message('popup.savedAgainMeanwhile'));
    }
    await putStoredArticle(db, article);
    await restoreArticleImages(db, images, new Set([article.id]));
    await restoreAnnotations(db, annotations, new Set([article.id]));
  });
}

/** One article's tags, read without its body; undefined when the article is gone. */
export async function readArticleTags(db: CleanCaptureDb, id: number): Promise<string[] | undefined> {
  return (await db.articles.get(id))?.tags;
}

/**
 * Every tag in use, in index order. Read from the `*tags` index's keys alone, so the popup can offer
 * suggestions at 10,000 articles without loading a single record.
 */
export async function listTagNames(db: CleanCaptureDb): Promise<string[]> {
  const keys = await db.articles.orderBy('tags').uniqueKeys();
  return keys.filter((k): k is string => typeof k === 'string');
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
  const problem = tagsProblem(tags, CAPTURE_LIMITS);
  if (problem !== null) throw errorSaying(problem);
  return (await db.articles.update(id, { tags: [...tags] })) === 1;
}
