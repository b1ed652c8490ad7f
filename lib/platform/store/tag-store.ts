import type { CleanCaptureDb } from './db';

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
