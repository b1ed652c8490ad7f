import type { ArticleRecord } from '../article';
import { utf8ByteLength } from '../articles/utf8-byte-length';
import type { SearchDb } from './search-index-store';
import type { CleanCaptureDb } from './store/db';
import { measureImages } from './store/image-store';
import { bodySize } from './store/stored-articles';

/** What the library's data takes, by part, in bytes. */
export interface StorageUsage {
  /** Article records, their image lists and their Markdown bodies. */
  articles: number;
  images: { count: number; bytes: number };
  /** The saved search index (a cache, rebuilt when missing). */
  searchIndex: number;
  total: number;
}

// IndexedDB gives no size per table, so a row counts as its JSON in UTF-8: close to what the browser
// writes, and the same on every browser. Bodies are most of it and are measured as their text.
const jsonBytes = (value: unknown) => utf8ByteLength(JSON.stringify(value));

/**
 * The bodies' size from `bodySizes`, the small rows written beside them, so a library of 100,000 is
 * measured without reading 800 MB of text into the page. A body without its row (stored before
 * schema version 7) is read once and its row written, in one transaction with the read so a capture
 * meanwhile cannot be measured stale. Rows of articles no longer stored are not counted.
 */
async function measureBodies(db: CleanCaptureDb): Promise<number> {
  const [ids, sizes] = await Promise.all([db.articles.toCollection().primaryKeys(), db.bodySizes.toArray()]);
  const known = new Map(sizes.map(({ id, bytes }) => [id, bytes]));
  const missing = ids.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += 200) {
    await db.transaction('rw', db.bodies, db.bodySizes, async () => {
      const bodies = await db.bodies.bulkGet(missing.slice(i, i + 200));
      const rows = bodies.flatMap((body) => (body ? [bodySize(body.id, body.markdown)] : []));
      await db.bodySizes.bulkPut(rows);
      for (const { id, bytes } of rows) known.set(id, bytes);
    });
  }
  return ids.reduce((sum, id) => sum + (known.get(id) ?? 0), 0);
}

/**
 * The records' size. From the copies the library page holds when it hands them in: a cursor over
 * 100,000 rows runs a callback per row on the page's thread, between a search's keystrokes. Those
 * are measured a slice at a time, so input is answered between slices.
 */
async function measureRecords(db: CleanCaptureDb, records?: readonly ArticleRecord[]): Promise<number> {
  let bytes = 0;
  if (!records) {
    await db.articles.each((record) => (bytes += jsonBytes(record)));
    return bytes;
  }
  for (let i = 0; i < records.length; i += 2_000) {
    if (i > 0) await new Promise((resume) => setTimeout(resume, 0));
    for (const record of records.slice(i, i + 2_000)) bytes += jsonBytes(record);
  }
  return bytes;
}

/**
 * Measures the articles (records, image lists and bodies) of `db`, never reading a body twice;
 * `records`: every record as just read from it, when the caller holds them already.
 */
export async function measureArticles(
  db: CleanCaptureDb,
  records?: readonly ArticleRecord[],
): Promise<number> {
  let bytes = await measureRecords(db, records);
  await db.articleImages.each((row) => (bytes += jsonBytes(row)));
  return bytes + (await measureBodies(db));
}

/** Measures the saved search index: its manifest and segments. */
export async function measureSearchIndex(searchDb: SearchDb): Promise<number> {
  let bytes = 0;
  await searchDb.manifest.each((manifest) => (bytes += jsonBytes(manifest)));
  await searchDb.segments.each((segment) => (bytes += utf8ByteLength(segment.json)));
  return bytes;
}

/**
 * The storage the library uses: articles, images and search index, and their sum. The index is
 * measured in `searchDb`, or given in bytes where its owner measured it (the FTS5 file in OPFS);
 * `records` as for measureArticles.
 */
export async function measureStorage(
  db: CleanCaptureDb,
  searchDb: SearchDb | number,
  records?: readonly ArticleRecord[],
): Promise<StorageUsage> {
  const articles = await measureArticles(db, records);
  const images = await measureImages(db);
  const searchIndex = typeof searchDb === 'number' ? searchDb : await measureSearchIndex(searchDb);
  return { articles, images, searchIndex, total: articles + images.bytes + searchIndex };
}

/** What the browser says this extension's origin uses in all, or null where it will not say. */
export async function estimateOriginUsage(
  storage: Pick<StorageManager, 'estimate'> | undefined = globalThis.navigator?.storage,
): Promise<number | null> {
  try {
    return (await storage?.estimate())?.usage ?? null;
  } catch {
    return null;
  }
}
