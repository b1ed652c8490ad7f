import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRecord, StoredArticle } from '../article';
import {
  createArticleSearch,
  indexArticle,
  loadSegment,
  removeArticle,
  SEARCH_INDEX_VERSION,
  takeChanges,
  vacuumChanged,
  type ArticleSearch,
  type StoredSegment,
} from '../search/article-search';
import type { IndexPhase } from '../search/search-worker-protocol';
import type { CleanCaptureDb } from './store/db';
import { withBodies } from './store/stored-articles';
import { readAnnotationStamps, readAnnotationText } from './store/highlight-store';
import { indexStamp } from '../search/index-stamp';

/**
 * The saved search index. It lives in its own database because it is a cache derived from the
 * articles: it can be dropped and rebuilt at any time and never holds up an upgrade of the articles'
 * schema. It is MiniSearch in segments of about 2,000 articles, each saved as MiniSearch's JSON, so a
 * capture or a delete rewrites one segment and the manifest, never the whole index.
 */
interface SearchManifest {
  key: 'manifest';
  version: number;
  /** The segments in use, oldest first. */
  segments: number[];
  /** Article id → the indexStamp that was indexed; a re-capture or a new note changes it, so we re-index. */
  indexed: [number, string][];
  /** Articles whose text could not be indexed (absent in indexes saved before it was kept). */
  unsearchable?: number[];
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

const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The saved index, or undefined when it is missing, of another version or damaged. Segments are
 * read and rebuilt one at a time, newest first, reporting progress in articles, and yielding between
 * them so searches and messages are not held up for the whole load.
 */
async function loadSavedIndex(
  searchDb: SearchDb,
  onProgress?: IndexProgress,
  onLoading?: (index: ArticleSearch) => void,
): Promise<LiveSearchIndex | undefined> {
  try {
    const manifest = await searchDb.manifest.get('manifest');
    if (!manifest || manifest.version !== SEARCH_INDEX_VERSION) return undefined;
    const index = createArticleSearch();
    onLoading?.(index);
    const total = manifest.indexed.length;
    for (const key of [...manifest.segments].reverse()) {
      const stored = await searchDb.segments.get(key);
      if (!stored || typeof stored.json !== 'string') return undefined;
      loadSegment(index, stored);
      onProgress?.(Math.min(total, index.located.size), total, 'loading');
      await yieldToPage();
    }
    const unsearchable = new Set(manifest.unsearchable ?? []);
    return { index, indexed: new Map(manifest.indexed), unsearchable, source: 'loaded' };
  } catch {
    return undefined;
  }
}

/** The live index plus what it holds, kept in step with the articles as the library changes them. */
export interface LiveSearchIndex {
  index: ArticleSearch;
  indexed: Map<number, string>;
  /** Articles whose text could not be indexed: listed and readable, found by title, authors and site only. */
  unsearchable: Set<number>;
  /** How the index was made ready this time, for the status line and the benchmark. */
  source: 'loaded' | 'rebuilt';
}

/** Reports progress while the index gets ready. */
export type IndexProgress = (done: number, total: number, phase: IndexPhase) => void;

/** Bodies read per IndexedDB request. */
const BATCH = 250;
/** Indexing work between two yields, so typing and scrolling stay smooth during a rebuild. */
const SLICE_MS = 30;

/** Indexes the given articles' bodies in batches, yielding every few milliseconds so the page stays responsive. */
async function indexRecords(
  db: CleanCaptureDb,
  live: LiveSearchIndex,
  records: readonly ArticleRecord[],
  onProgress?: IndexProgress,
  annotated?: ReadonlyMap<number, string>,
): Promise<void> {
  let sliceStart = performance.now();
  const stamps =
    annotated ?? (records.length > 0 ? await readAnnotationStamps(db) : new Map<number, string>());
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const articles = await withBodies(db, batch);
    // Only annotated articles have notes to read: most batches read none.
    const withNotes = batch.filter((r) => stamps.has(r.id)).map((r) => r.id);
    const notes = new Map(
      withNotes.length > 0
        ? (await readAnnotationText(db, withNotes)).map((text, k) => [withNotes[k], text])
        : [],
    );
    for (let j = 0; j < articles.length; j++) {
      const article = articles[j] as StoredArticle;
      // Marked as indexed either way: an article that fails is not tried again on every sync,
      // only once it changes (captured again).
      if (indexRecord(live, { ...article, notes: notes.get(article.id) }))
        live.unsearchable.delete(article.id);
      else live.unsearchable.add(article.id);
      live.indexed.set(article.id, indexStamp(article, stamps));
      if (performance.now() - sliceStart > SLICE_MS) {
        onProgress?.(i + j + 1, records.length, 'building');
        await yieldToPage();
        sliceStart = performance.now();
      }
    }
    onProgress?.(Math.min(records.length, i + BATCH), records.length, 'building');
  }
}

/**
 * Makes the search index ready for the given articles (or a read of them in progress): loads the
 * saved one (handing it to `onLoading` as soon as it exists, to be searched while it fills) and catches up with
 * captures and deletions made since (by the popup, the shortcut or another library tab), or rebuilds
 * it with progress when it is missing, of another version or unreadable. Saves it when it changed.
 */
export async function prepareSearchIndex(
  db: CleanCaptureDb,
  searchDb: SearchDb,
  articles: readonly ArticleRecord[] | Promise<readonly ArticleRecord[]>,
  onProgress?: IndexProgress,
  onLoading?: (index: ArticleSearch) => void,
): Promise<LiveSearchIndex> {
  // The records may still be on their way: the saved index loads while they are read.
  const [saved, records] = await Promise.all([loadSavedIndex(searchDb, onProgress, onLoading), articles]);
  let live = saved;
  if (!live) {
    live = { index: createArticleSearch(), indexed: new Map(), unsearchable: new Set(), source: 'rebuilt' };
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
  const annotated = await readAnnotationStamps(db);
  const stale = records.filter((r) => {
    current.add(r.id);
    return live.indexed.get(r.id) !== indexStamp(r, annotated);
  });
  const gone = [...live.indexed.keys()].filter((id) => !current.has(id));
  for (const id of gone) forgetArticle(live, id);
  await indexRecords(db, live, stale, onProgress, annotated);
  return stale.length > 0 || gone.length > 0;
}

/** Removes an article from the live index (after a delete). */
function forgetArticle(live: LiveSearchIndex, id: number): void {
  removeArticle(live.index, id);
  live.indexed.delete(id);
  live.unsearchable.delete(id);
}

/** Indexes one article; false when its text, or the whole article, could not be indexed. */
function indexRecord(live: LiveSearchIndex, article: StoredArticle & { notes?: string }): boolean {
  try {
    return indexArticle(live.index, article);
  } catch {
    removeArticle(live.index, article.id);
    return false;
  }
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
  await vacuumChanged(live.index);
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
      unsearchable: [...live.unsearchable],
    });
  });
}
