import type { ArticleRecord } from '../article';
import { utf8ByteLength } from '../articles/utf8-byte-length';
import { jsonByteLength } from '../bytes/json-byte-length';
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

// IndexedDB gives no size per table, so a row counts as its JSON in UTF-8 (jsonByteLength): close to
// what the browser writes, and the same on every browser. Bodies are most of it and are measured as their text.

/** Rows read in one request: one request for 100,000 rows held the page's thread 110–150 ms. */
const PAGE = 2_000;

const nextTurn = () => new Promise((resume) => setTimeout(resume, 0));

/**
 * The longest the records are measured at a stretch. Measured 2,000 at a time, a search typed at
 * 100,000 articles waited up to a slice: 5–13 ms each, fifty of them, while the bench's rounds ran.
 */
const SLICE_MS = 4;
/** Records measured between looks at the clock. */
const CHECK_EVERY = 100;

/** Every row of `bodySizes`, a page at a time, letting input in between pages. */
async function readBodySizes(db: CleanCaptureDb): Promise<Map<number, number>> {
  const known = new Map<number, number>();
  for (let after = -Infinity; ;) {
    const page = await db.bodySizes.where(':id').above(after).limit(PAGE).toArray();
    for (const { id, bytes } of page) known.set(id, bytes);
    const last = page.at(-1);
    if (page.length < PAGE || !last) return known;
    after = last.id;
    await nextTurn();
  }
}

/**
 * The bodies' size from `bodySizes`, the small rows written beside them, so a library of 100,000 is
 * measured without reading 800 MB of text into the page. A body without its row (stored before
 * schema version 7) is read once and its row written, in one transaction with the read so a capture
 * meanwhile cannot be measured stale. Rows of articles no longer stored are not counted; `ids` are
 * the stored articles' when the caller holds their records.
 */
async function measureBodies(db: CleanCaptureDb, ids?: readonly number[]): Promise<number> {
  const known = await readBodySizes(db);
  const stored = ids ?? (await db.articles.toCollection().primaryKeys());
  const missing = stored.filter((id) => !known.has(id));
  for (let i = 0; i < missing.length; i += 200) {
    await db.transaction('rw', db.bodies, db.bodySizes, async () => {
      const bodies = await db.bodies.bulkGet(missing.slice(i, i + 200));
      const rows = bodies.flatMap((body) => (body ? [bodySize(body.id, body.markdown)] : []));
      await db.bodySizes.bulkPut(rows);
      for (const { id, bytes } of rows) known.set(id, bytes);
    });
  }
  return stored.reduce((sum, id) => sum + (known.get(id) ?? 0), 0);
}

/**
 * The records' size. From the copies the library page holds when it hands them in: a cursor over
 * 100,000 rows runs a callback per row on the page's thread, between a search's keystrokes. Those
 * are measured a slice at a time, so input is answered between slices.
 */
async function measureRecords(db: CleanCaptureDb, records?: readonly ArticleRecord[]): Promise<number> {
  let bytes = 0;
  if (!records) {
    await db.articles.each((record) => (bytes += jsonByteLength(record)));
    return bytes;
  }
  let sliceStart = performance.now();
  for (let i = 0; i < records.length; i++) {
    bytes += jsonByteLength(records[i]);
    if (i % CHECK_EVERY === CHECK_EVERY - 1 && performance.now() - sliceStart > SLICE_MS) {
      await nextTurn();
      sliceStart = performance.now();
    }
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
  await db.articleImages.each((row) => (bytes += jsonByteLength(row)));
  const ids = records?.map((record) => record.id);
  return bytes + (await measureBodies(db, ids));
}

/** Measures the saved search index: its manifest and segments. */
export async function measureSearchIndex(searchDb: SearchDb): Promise<number> {
  let bytes = 0;
  await searchDb.manifest.each((manifest) => (bytes += jsonByteLength(manifest)));
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
