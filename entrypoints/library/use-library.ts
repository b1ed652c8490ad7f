import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { getStoredArticle, listNewestArticles, setArticleTags } from '../../lib/platform/store/article-store';
import { getDatabase, type CleanCaptureDb } from '../../lib/platform/store/db';
import {
  deleteArticles,
  getArticleRecords,
  readArticlesInPages,
  restoreArticles,
  type DeletedArticles,
} from '../../lib/platform/store/library-store';
import { refreshOnReturn } from '../../lib/library/refresh-on-return';
import { shareRepeatedValues, valuePool } from '../../lib/library/share-repeated-values';
import { searchGate } from '../../lib/library/search-gate';
import { watchTableWrites } from '../../lib/platform/store/watch-table-writes';
import { useSearchWorker } from './use-search-worker';
import { useStorageUsage } from './use-storage-usage';
import { FIRST_PAGE, takeEarlyRead } from './early-read';
import { saidOf } from '../../lib/i18n/message-error';
import { lookUpListsIn } from '../../lib/search/library-results';
import { message, type Message } from '../../lib/i18n/message';
import {
  addPage,
  libraryRecords,
  loadSoFar,
  startLoad,
  withArticles,
  withoutArticles,
  withPatches,
  withRecordsReadAgain,
  type LibraryRecords,
} from '../../lib/library/library-records';

/**
 * Records read in one go while the library is open: turning a page of them into objects is one
 * task of the page's thread, which must stay under 50 ms on a busy machine (2,000 took 120 ms+).
 */
const RECORDS_PAGE = 500;

/** How readAllRecords reads, and whom it tells of the records read so far. */
export interface RecordsReading {
  /** Called with the records read so far, each time they are twice as many as last time: each a list of its own. */
  onPart?: (part: LibraryRecords) => void;
  pageSize?: number;
  /** Awaited before each page read is taken in: the page's searches go first (see searchGate). */
  whenClear?: () => Promise<void>;
}

/**
 * Every record, read a page at a time so the page answers input meanwhile (see readArticlesInPages),
 * with what the list derives from them built as each page comes in: at 100,000 records, deriving it
 * all at the end held the page for a hundred milliseconds after the list looked ready. The values
 * records repeat are held once (shareRepeatedValues).
 */
export async function readAllRecords(
  db: CleanCaptureDb,
  { onPart, pageSize = RECORDS_PAGE, whenClear }: RecordsReading = {},
): Promise<LibraryRecords> {
  const load = startLoad();
  const pool = valuePool();
  // One map of every record read, for the lists shown on the way and the last (lookUpListsIn).
  const byId = new Map<number, ArticleRecord>();
  let shown = 0;
  for await (const page of readArticlesInPages(db, pageSize)) {
    if (whenClear) await whenClear();
    for (const record of page) {
      shareRepeatedValues(record, pool);
      byId.set(record.id, record);
    }
    addPage(load, page);
    // Shown at 500, 1,000, 2,000 and so on: at 100,000 the reading takes seconds, and the list, its
    // counts and its searches would hold the first screen's articles alone until the end. Each
    // showing costs the page in proportion to the records it holds: all of them, less than two at the end.
    if (onPart && load.records.length >= 2 * shown) {
      shown = load.records.length;
      onPart(lookUpListsIn(loadSoFar(load), byId));
    }
  }
  return lookUpListsIn(load, byId);
}

/**
 * The library's first rows: the read the page's head script began when it ran (early-read.ts), else
 * one begun now; through Dexie when plain IndexedDB cannot answer (an upgrade due, no database yet).
 */
export function readFirstRows(
  database: () => CleanCaptureDb,
  early = takeEarlyRead(),
): Promise<ArticleRecord[]> {
  return listNewestArticles(database, FIRST_PAGE, early);
}

/** The first rows as main.tsx began reading them, and the rows themselves when they came in time for the first render. */
export interface FirstRows {
  firstRead?: Promise<ArticleRecord[]>;
  firstRows?: ArticleRecord[];
}

/** What `useLibrary` gives the page: its records, search and changes. */
export type Library = ReturnType<typeof useLibrary>;

/**
 * The library's data: every article record, the search index (in a worker), the storage they use,
 * and the page's changes.
 */
export function useLibrary({ firstRead, firstRows }: FirstRows = {}) {
  const db = getDatabase();
  const [library, setLibrary] = useState<LibraryRecords>(() => libraryRecords(firstRows ?? []));
  const { records } = library;
  const [complete, setComplete] = useState(false);
  /** How many articles are stored, once counted: the list holds fewer until every record is read. */
  const [total, setTotal] = useState<number | null>(null);
  /**
   * The articles this page changed (or was told were written) while it still read every record,
   * whose reading may have come before the change; null once every record is read.
   */
  const changedWhileLoading = useRef<Set<number> | null>(new Set());
  const noteChanged = useCallback((ids: Iterable<number>) => {
    const changed = changedWhileLoading.current;
    if (changed) for (const id of ids) changed.add(id);
  }, []);
  const {
    indexState,
    unsearchable: unsearchableIds,
    search: searchWorker,
    sync,
    stopIndexing,
  } = useSearchWorker();
  // Reading every record waits while a search is in flight: the search's answer goes first.
  const [gate] = useState(searchGate);
  const search = useCallback(
    (query: string, whole: boolean) => gate.track(searchWorker(query, whole)),
    [gate, searchWorker],
  );
  const unsearchable = useMemo(() => {
    const ids = new Set(unsearchableIds);
    return ids.size === 0 ? [] : records.filter((r) => ids.has(r.id));
  }, [records, unsearchableIds]);

  // Captures made in other tabs while the library is open show up when the user comes back to it
  // (refreshOnReturn: only after a write, so a return to an unchanged library reads nothing).
  // Given the ids written, only those are read again: the others are as the page holds them.
  // Read again whole, the records wait for the searches in flight, as at the first reading.
  const refresh = useCallback(
    async (ids: readonly number[] | null = null) => {
      if (ids === null) setLibrary(await readAllRecords(db, { whenClear: gate.clear }));
      else {
        const found = await getArticleRecords(db, ids);
        noteChanged(ids);
        setLibrary((current) => withRecordsReadAgain(current, ids, found));
      }
      sync();
    },
    [db, sync, noteChanged, gate],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const first = await (firstRead ?? readFirstRows(() => db));
      if (cancelled) return;
      if (first !== firstRows) setLibrary(libraryRecords(first));
      if (first.length < FIRST_PAGE) {
        changedWhileLoading.current = null;
        setTotal(first.length);
        setComplete(true);
        return;
      }
      // Records read so far, with the articles changed since the reading began read again: a
      // page of records read before a change (a tag, a delete) would show the article as it was.
      const show = async (part: LibraryRecords) => {
        setLibrary(part);
        const ids = [...(changedWhileLoading.current ?? [])];
        if (ids.length === 0) return;
        const found = await getArticleRecords(db, ids).catch(() => null);
        if (found && !cancelled) setLibrary((current) => withRecordsReadAgain(current, ids, found));
      };
      // How many there are, to say how far the reading has got (a count is quick beside the reading).
      void db.articles
        .count()
        .then((count) => !cancelled && setTotal(count))
        .catch(() => {});
      const all = await readAllRecords(db, {
        onPart: (part) => void (!cancelled && show(part)),
        whenClear: gate.clear,
      });
      if (cancelled) return;
      await show(all);
      changedWhileLoading.current = null;
      if (cancelled) return;
      setTotal(all.records.length);
      setComplete(true);
    })();
    const stopRefreshing = refreshOnReturn(
      document,
      (changed) => watchTableWrites(db.name, 'articles', changed),
      (ids) => void refresh(ids),
    );
    return () => {
      cancelled = true;
      stopRefreshing();
    };
  }, [db, refresh, firstRead, firstRows, gate]);

  const remove = useCallback(
    async (ids: readonly number[]): Promise<DeletedArticles> => {
      const removed = await deleteArticles(db, ids);
      noteChanged(ids);
      const gone = new Set(ids);
      setLibrary((current) => withoutArticles(current, gone));
      sync();
      return removed;
    },
    [db, sync, noteChanged],
  );

  const restore = useCallback(
    async (deleted: DeletedArticles): Promise<number> => {
      const { restored, skipped } = await restoreArticles(db, deleted);
      noteChanged(restored.map((r) => r.id));
      // Put back in place: at 100,000 articles a new reading of every record took seconds.
      setLibrary((current) => withArticles(current, restored));
      sync();
      return skipped;
    },
    [db, sync, noteChanged],
  );

  /** Stores an article's tags; resolves to why it could not, or null when they are saved. */
  const setTags = useCallback(
    async (id: number, tags: string[]): Promise<Message | null> => {
      try {
        if (!(await setArticleTags(db, id, tags))) return message('library.tagsArticleGone');
      } catch (error) {
        return message('library.tagsNotSaved', saidOf(error));
      }
      noteChanged([id]);
      setLibrary((current) => withPatches(current, new Map([[id, { tags }]])));
      return null;
    },
    [db, noteChanged],
  );

  /** Changes some fields of records already stored, in the list too (reading state, say). */
  const patchRecords = useCallback(
    (patches: ReadonlyMap<number, Partial<ArticleRecord>>) => {
      noteChanged(patches.keys());
      setLibrary((current) => withPatches(current, patches));
    },
    [noteChanged],
  );

  const getArticle = useCallback((id: number) => getStoredArticle(db, id), [db]);
  const storage = useStorageUsage(db, records, complete, indexState.ready, indexState.bytes);

  return {
    db,
    records,
    byStatus: library.byStatus,
    tally: library.tally,
    complete,
    total,
    indexState,
    unsearchable,
    search,
    sync,
    stopIndexing,
    refresh,
    remove,
    restore,
    setTags,
    patchRecords,
    getArticle,
    storage,
  };
}
