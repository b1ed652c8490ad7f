import { utf8ByteLength } from '../articles/utf8-byte-length';
import type { SearchDb } from './search-index-store';
import type { CleanCaptureDb } from './store/db';
import { measureImages } from './store/image-store';

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

/** Measures the articles (records and bodies) of `db`, reading one row at a time. */
export async function measureArticles(db: CleanCaptureDb): Promise<number> {
  let bytes = 0;
  await db.articles.each((record) => (bytes += jsonBytes(record)));
  await db.articleImages.each((row) => (bytes += jsonBytes(row)));
  await db.bodies.each((body) => (bytes += utf8ByteLength(body.markdown)));
  return bytes;
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
 * measured in `searchDb`, or given in bytes where its owner measured it (the FTS5 file in OPFS).
 */
export async function measureStorage(db: CleanCaptureDb, searchDb: SearchDb | number): Promise<StorageUsage> {
  const articles = await measureArticles(db);
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
