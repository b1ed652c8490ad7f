import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRecord } from '../article';
import {
  createArticleSearch,
  indexArticle,
  loadSearch,
  removeArticle,
  SEARCH_INDEX_VERSION,
  takeChanges,
  type ArticleSearch,
  type StoredSegment,
} from '../search/article-search';
import { isIndexSegment } from '../search/index-segment';
import type { CleanCaptureDb } from './db';

/**
 * The saved search index. It lives in its own database because it is a cache derived from the
 * articles: it can be dropped and rebuilt at any time and never holds up an upgrade of the articles'
 * schema. It is saved in segments of about 2,000 articles, so a capture or a delete rewrites one
 * segment and the manifest, never the whole index.
 */
interface SearchManifest {
  key: 'manifest';
  version: number;
  /** The segments in use, oldest first. */
  segments: number[];
  /** Article id → the `capturedAt` that was indexed; a re-capture changes it, so we re-index. */
  indexed: [number, string][];
}

export type SearchDb = Dexie & {
  manifest: EntityTable<SearchManifest, 'key'>;
  segments: EntityTable<StoredSegment, 'key'>;
};

/** Opens the search-index database. */
export function openSearchDatabase(name = 'clean-capture-search'): SearchDb {
  const db = new Dexie(name) as SearchDb;
  db.version(1).stores({ snapshots: 'key' });
  // Version 2: the single MiniSearch snapshot gives way to segments; the old one is dropped.
  db.version(2).stores({ snapshots: null, manifest: 'key', segments: 'key' });
  return db;
}

/** The saved index, or undefined when it is missing, of another version or damaged. */
async function loadSavedIndex(searchDb: SearchDb): Promise<LiveSearchIndex | undefined> {
  try {
    const manifest = await searchDb.manifest.get('manifest');
    if (!manifest || manifest.version !== SEARCH_INDEX_VERSION) return undefined;
    const stored = await searchDb.segments.bulkGet(manifest.segments);
    if (!stored.every((s): s is StoredSegment => !!s && isIndexSegment(s.segment))) return undefined;
    return { index: loadSearch(stored), indexed: new Map(manifest.indexed), source: 'loaded' };
  } catch {
    return undefined;
  }
}

/** The live index plus what it holds, kept in step with the articles as the library changes them. */
export interface LiveSearchIndex {
  index: ArticleSearch;
  indexed: Map<number, string>;
  /** How the index was made ready this time, for the status line and the benchmark. */
  source: 'loaded' | 'rebuilt';
}

export type IndexProgress = (done: number, total: number) => void;

/** Bodies read per IndexedDB request. */
const BATCH = 250;
/** Indexing work between two yields, so typing and scrolling stay smooth during a rebuild. */
const SLICE_MS = 30;

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Indexes the given articles' bodies in batches, yielding every few milliseconds so the page stays responsive. */
async function indexRecords(
  db: CleanCaptureDb,
  live: LiveSearchIndex,
  records: readonly ArticleRecord[],
  onProgress?: IndexProgress,
): Promise<void> {
  let sliceStart = performance.now();
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const bodies = await db.bodies.bulkGet(batch.map((r) => r.id));
    for (let j = 0; j < batch.length; j++) {
      const record = batch[j] as ArticleRecord;
      indexArticle(live.index, { ...record, markdown: bodies[j]?.markdown ?? '' });
      live.indexed.set(record.id, record.capturedAt);
      if (performance.now() - sliceStart > SLICE_MS) {
        onProgress?.(i + j + 1, records.length);
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    onProgress?.(Math.min(records.length, i + BATCH), records.length);
  }
}

/**
 * Makes the search index ready for the given articles (or a read of them in progress): loads the saved one and catches up with
 * captures and deletions made since (by the popup, the shortcut or another library tab), or rebuilds
 * it with progress when it is missing, of another version or unreadable. Saves it when it changed.
 */
export async function prepareSearchIndex(
  db: CleanCaptureDb,
  searchDb: SearchDb,
  articles: readonly ArticleRecord[] | Promise<readonly ArticleRecord[]>,
  onProgress?: IndexProgress,
): Promise<LiveSearchIndex> {
  // The records may still be on their way: the saved index loads while they are read.
  const [saved, records] = await Promise.all([loadSavedIndex(searchDb), articles]);
  let live = saved;
  if (!live) {
    live = { index: createArticleSearch(), indexed: new Map(), source: 'rebuilt' };
    await indexRecords(db, live, records, onProgress);
    await saveSearchIndex(searchDb, live, true);
    return live;
  }
  if (await catchUpSearchIndex(db, live, records, onProgress)) await saveSearchIndex(searchDb, live);
  return live;
}

/**
 * Brings a live index in step with the stored articles: indexes new and re-captured ones, forgets
 * deleted ones. Returns whether anything changed, i.e. whether the index needs saving.
 */
export async function catchUpSearchIndex(
  db: CleanCaptureDb,
  live: LiveSearchIndex,
  records: readonly ArticleRecord[],
  onProgress?: IndexProgress,
): Promise<boolean> {
  const current = new Set<number>();
  const stale = records.filter((r) => {
    current.add(r.id);
    return live.indexed.get(r.id) !== r.capturedAt;
  });
  const gone = [...live.indexed.keys()].filter((id) => !current.has(id));
  for (const id of gone) forgetArticle(live, id);
  await indexRecords(db, live, stale, onProgress);
  return stale.length > 0 || gone.length > 0;
}

/** Removes an article from the live index (after a delete). */
export function forgetArticle(live: LiveSearchIndex, id: number): void {
  removeArticle(live.index, id);
  live.indexed.delete(id);
}

/** Indexes one article again (after an undo), body included. */
export async function reindexArticles(
  db: CleanCaptureDb,
  live: LiveSearchIndex,
  records: readonly ArticleRecord[],
): Promise<void> {
  await indexRecords(db, live, records);
}

/**
 * Writes what changed in the live index to IndexedDB (the segments touched and the manifest), in one
 * transaction so the manifest never names a segment that is not there. `fresh` clears old segments.
 */
export async function saveSearchIndex(
  searchDb: SearchDb,
  live: LiveSearchIndex,
  fresh = false,
): Promise<void> {
  const { put, drop, keys } = takeChanges(live.index);
  await searchDb.transaction('rw', searchDb.manifest, searchDb.segments, async () => {
    if (fresh) await searchDb.segments.clear();
    await searchDb.segments.bulkDelete(drop);
    await searchDb.segments.bulkPut(put);
    await searchDb.manifest.put({
      key: 'manifest',
      version: SEARCH_INDEX_VERSION,
      segments: keys,
      indexed: [...live.indexed],
    });
  });
}
