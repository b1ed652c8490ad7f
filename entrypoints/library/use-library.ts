import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
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
import { shareRepeatedValues, type StringPool } from '../../lib/library/share-repeated-values';
import { watchTableWrites } from '../../lib/platform/store/watch-table-writes';
import { useSearchWorker } from './use-search-worker';
import { useStorageUsage } from './use-storage-usage';
import { FIRST_PAGE, takeEarlyRead } from './early-read';
import { saidOf } from '../../lib/i18n/message-error';
import { message, type Message } from '../../lib/i18n/message';
import {
  addPage,
  libraryRecords,
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

/**
 * Every record, read a page at a time so the page answers input meanwhile (see readArticlesInPages),
 * with what the list derives from them built as each page comes in: at 100,000 records, deriving it
 * all at the end held the page for a hundred milliseconds after the list looked ready. The values
 * records repeat are held once (shareRepeatedValues).
 */
async function readAllRecords(db: CleanCaptureDb): Promise<LibraryRecords> {
  const load = startLoad();
  const strings: StringPool = new Map();
  for await (const page of readArticlesInPages(db, RECORDS_PAGE)) {
    for (const record of page) shareRepeatedValues(record, strings);
    addPage(load, page);
  }
  return load;
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
  const { indexState, unsearchable: unsearchableIds, search, sync, stopIndexing } = useSearchWorker();
  const unsearchable = useMemo(() => {
    const ids = new Set(unsearchableIds);
    return ids.size === 0 ? [] : records.filter((r) => ids.has(r.id));
  }, [records, unsearchableIds]);

  // Captures made in other tabs while the library is open show up when the user comes back to it
  // (refreshOnReturn: only after a write, so a return to an unchanged library reads nothing).
  // Given the ids written, only those are read again: the others are as the page holds them.
  const refresh = useCallback(
    async (ids: readonly number[] | null = null) => {
      if (ids === null) setLibrary(await readAllRecords(db));
      else {
        const found = await getArticleRecords(db, ids);
        setLibrary((current) => withRecordsReadAgain(current, ids, found));
      }
      sync();
    },
    [db, sync],
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const first = await (firstRead ?? readFirstRows(() => db));
      if (cancelled) return;
      if (first !== firstRows) setLibrary(libraryRecords(first));
      const all = first.length < FIRST_PAGE ? libraryRecords(first) : await readAllRecords(db);
      if (cancelled) return;
      setLibrary(all);
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
  }, [db, refresh, firstRead, firstRows]);

  const remove = useCallback(
    async (ids: readonly number[]): Promise<DeletedArticles> => {
      const removed = await deleteArticles(db, ids);
      const gone = new Set(ids);
      setLibrary((current) => withoutArticles(current, gone));
      sync();
      return removed;
    },
    [db, sync],
  );

  const restore = useCallback(
    async (deleted: DeletedArticles): Promise<number> => {
      const { restored, skipped } = await restoreArticles(db, deleted);
      // Put back in place: at 100,000 articles a new reading of every record took seconds.
      setLibrary((current) => withArticles(current, restored));
      sync();
      return skipped;
    },
    [db, sync],
  );

  /** Stores an article's tags; resolves to why it could not, or null when they are saved. */
  const setTags = useCallback(
    async (id: number, tags: string[]): Promise<Message | null> => {
      try {
        if (!(await setArticleTags(db, id, tags))) return message('library.tagsArticleGone');
      } catch (error) {
        return message('library.tagsNotSaved', saidOf(error));
      }
      setLibrary((current) => withPatches(current, new Map([[id, { tags }]])));
      return null;
    },
    [db],
  );

  /** Changes some fields of records already stored, in the list too (reading state, say). */
  const patchRecords = useCallback(
    (patches: ReadonlyMap<number, Partial<ArticleRecord>>) =>
      setLibrary((current) => withPatches(current, patches)),
    [],
  );

  const getArticle = useCallback((id: number) => getStoredArticle(db, id), [db]);
  const storage = useStorageUsage(db, records, complete, indexState.ready, indexState.bytes);

  return {
    db,
    records,
    byStatus: library.byStatus,
    tally: library.tally,
    complete,
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
