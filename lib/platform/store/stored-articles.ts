import type { ArticleRecord, StoredArticle } from '../../article';
import { captureKey } from '../../articles/capture-key';
import { utf8ByteLength } from '../../articles/utf8-byte-length';
import type { ArticleBody, BodySize, CleanCaptureDb } from './db';
import { bodySizesOf, releaseArticleImages, type ReleasedImages } from './image-store';

// The one place a record meets its body. Lists read records alone (bodies can be megabytes); an
// article with its text is always joined, split and written here, so every reader agrees on it.

/**
 * A record joined to its body. Both are written in one transaction, so a body is missing only if
 * something outside this code removed it; the article then reads with an empty text.
 */
export function joinBody(record: ArticleRecord, body: ArticleBody | undefined): StoredArticle {
  return { ...record, markdown: body?.markdown ?? '' };
}

/** An article with its text as the two rows it is stored in. */
export function splitBody<T extends { markdown: string }>(article: T): [Omit<T, 'markdown'>, string] {
  const record: Omit<T, 'markdown'> & { markdown?: string } = { ...article };
  delete record.markdown;
  return [record, article.markdown];
}

/** A body's row in `bodySizes`: its Markdown's size in UTF-8, what the storage line counts. */
export function bodySize(id: number, markdown: string): BodySize {
  return { id, bytes: utf8ByteLength(markdown) };
}

/** These articles with their bodies, in the order asked, in one read; undefined for one that is gone. */
export function readStoredArticles(
  db: CleanCaptureDb,
  ids: readonly number[],
): Promise<(StoredArticle | undefined)[]> {
  return db.transaction('r', db.articles, db.bodies, async () => {
    const [records, bodies] = await Promise.all([db.articles.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
    return records.map((record, i) => record && joinBody(record, bodies[i]));
  });
}

/** Records already read, joined to their bodies. */
export async function withBodies(
  db: CleanCaptureDb,
  records: readonly ArticleRecord[],
): Promise<StoredArticle[]> {
  const bodies = await db.bodies.bulkGet(records.map((r) => r.id));
  return records.map((record, i) => joinBody(record, bodies[i]));
}

/**
 * The stored captures at these canonical addresses, by captureKey: what a save, a restore or an
 * import would clash with. Bodies are read for excerpts only, whose key holds their text.
 */
export async function capturesAt(
  db: CleanCaptureDb,
  urls: readonly string[],
): Promise<Map<string, ArticleRecord>> {
  const records = await db.articles
    .where('canonicalUrl')
    .anyOf([...urls])
    .toArray();
  const excerpts = await withBodies(
    db,
    records.filter((record) => record.selection),
  );
  const whole = records.filter((record) => !record.selection).map((record) => joinBody(record, undefined));
  return new Map(
    [...whole, ...excerpts].map(({ markdown, ...record }) => [captureKey({ ...record, markdown }), record]),
  );
}

/** Writes one article, record and body, under its id (call inside a read-write transaction). */
export async function putStoredArticle(db: CleanCaptureDb, article: StoredArticle): Promise<void> {
  const [record, markdown] = splitBody(article);
  await db.articles.put(record);
  await db.bodies.put({ id: article.id, markdown });
  for (const sizes of bodySizesOf(db)) await sizes.put(bodySize(article.id, markdown));
}

/** Writes many articles under their ids (call inside a read-write transaction). */
export async function putStoredArticles(
  db: CleanCaptureDb,
  articles: readonly StoredArticle[],
): Promise<void> {
  const split = articles.map((article) => splitBody(article));
  await db.articles.bulkPut(split.map(([record]) => record));
  const bodies = split.map(([, markdown], i) => ({ id: (articles[i] as StoredArticle).id, markdown }));
  await db.bodies.bulkPut(bodies);
  for (const sizes of bodySizesOf(db))
    await sizes.bulkPut(bodies.map(({ id, markdown }) => bodySize(id, markdown)));
}

/** Adds one new article and returns its id (call inside a read-write transaction). */
export async function addStoredArticle(
  db: CleanCaptureDb,
  article: Omit<StoredArticle, 'id'>,
): Promise<number> {
  const [record, markdown] = splitBody(article);
  const id = await db.articles.add(record as ArticleRecord);
  await db.bodies.add({ id, markdown });
  for (const sizes of bodySizesOf(db)) await sizes.put(bodySize(id, markdown));
  return id;
}

/** Adds new articles in this order and returns their ids (call inside a read-write transaction). */
export async function addStoredArticles(
  db: CleanCaptureDb,
  articles: readonly Omit<StoredArticle, 'id'>[],
): Promise<number[]> {
  const split = articles.map((article) => splitBody(article));
  const ids = (await db.articles.bulkAdd(split.map(([record]) => record) as ArticleRecord[], {
    allKeys: true,
  })) as number[];
  const bodies = split.map(([, markdown], i) => ({ id: ids[i] as number, markdown }));
  await db.bodies.bulkAdd(bodies);
  for (const sizes of bodySizesOf(db))
    await sizes.bulkPut(bodies.map(({ id, markdown }) => bodySize(id, markdown)));
  return ids;
}

/**
 * Removes articles, records and bodies, and frees the images no other article uses (call inside a
 * read-write transaction over `articleTables`). Returns the images it released, for an undo.
 */
export async function removeStoredArticles(
  db: CleanCaptureDb,
  ids: readonly number[],
): Promise<ReleasedImages> {
  await db.articles.bulkDelete([...ids]);
  await db.bodies.bulkDelete([...ids]);
  for (const sizes of bodySizesOf(db)) await sizes.bulkDelete([...ids]);
  return releaseArticleImages(db, ids);
}
