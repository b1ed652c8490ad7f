import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord, StoredArticle } from '../../lib/article';
import { getStoredArticle, listRecentArticles } from '../../lib/platform/article-store';
import { openDatabase, type CleanCaptureDb } from '../../lib/platform/db';
import {
  deleteArticles,
  listAllArticles,
  restoreArticles,
  setArticleTags,
} from '../../lib/platform/library-store';
import {
  catchUpSearchIndex,
  forgetArticle,
  openSearchDatabase,
  prepareSearchIndex,
  saveSearchIndex,
  type LiveSearchIndex,
  type SearchDb,
} from '../../lib/platform/search-index-store';
import { searchArticles, type SearchHit } from '../../lib/search/article-search';

/** Rows painted before the full list arrives, so the page is usable at once at any size. */
const FIRST_PAGE = 60;
/** Saving a large index takes a while; batch the changes of a burst of deletes or undos. */
const SAVE_DELAY_MS = 1500;

let databases: { db: CleanCaptureDb; searchDb: SearchDb } | undefined;
function getDatabases() {
  databases ??= { db: openDatabase(), searchDb: openSearchDatabase() };
  return databases;
}

export interface IndexState {
  ready: boolean;
  done: number;
  total: number;
}

/** The library's data: every article record, the search index, and the changes the page makes. */
export function useLibrary() {
  const { db, searchDb } = getDatabases();
  const [records, setRecords] = useState<ArticleRecord[]>([]);
  const [complete, setComplete] = useState(false);
  const [indexState, setIndexState] = useState<IndexState>({ ready: false, done: 0, total: 0 });
  const live = useRef<LiveSearchIndex | null>(null);
  const saveTimer = useRef<ReturnType<typeof setTimeout>>();

  const scheduleSave = useCallback(() => {
    clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => {
      if (live.current) void saveSearchIndex(searchDb, live.current);
    }, SAVE_DELAY_MS);
  }, [searchDb]);

  // Captures made in other tabs while the library is open show up when the user comes back to it.
  const refresh = useCallback(async () => {
    const all = await listAllArticles(db);
    setRecords(all);
    if (live.current && (await catchUpSearchIndex(db, live.current, all))) scheduleSave();
  }, [db, scheduleSave]);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const first = await listRecentArticles(db, FIRST_PAGE);
      if (cancelled) return;
      setRecords(first);
      const all = first.length < FIRST_PAGE ? first : await listAllArticles(db);
      if (cancelled) return;
      setRecords(all);
      setComplete(true);
      live.current = await prepareSearchIndex(db, searchDb, all, (done, total) => {
        if (!cancelled) setIndexState({ ready: false, done, total });
      });
      if (!cancelled) setIndexState({ ready: true, done: all.length, total: all.length });
    })();
    const onVisible = () => {
      if (document.visibilityState === 'visible' && live.current) void refresh();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [db, searchDb, refresh]);

  const search = useCallback(
    (query: string): SearchHit[] | null => (live.current ? searchArticles(live.current.index, query) : null),
    [],
  );

  const remove = useCallback(
    async (ids: readonly number[]): Promise<StoredArticle[]> => {
      const removed = await deleteArticles(db, ids);
      const gone = new Set(ids);
      setRecords((rs) => rs.filter((r) => !gone.has(r.id)));
      if (live.current) for (const id of ids) forgetArticle(live.current, id);
      scheduleSave();
      return removed;
    },
    [db, scheduleSave],
  );

  const restore = useCallback(
    async (articles: readonly StoredArticle[]): Promise<number> => {
      const { skipped } = await restoreArticles(db, articles);
      await refresh();
      return skipped;
    },
    [db, refresh],
  );

  const setTags = useCallback(
    async (id: number, tags: string[]) => {
      if (await setArticleTags(db, id, tags))
        setRecords((rs) => rs.map((r) => (r.id === id ? { ...r, tags } : r)));
    },
    [db],
  );

  const getArticle = useCallback((id: number) => getStoredArticle(db, id), [db]);

  return { db, records, complete, indexState, search, remove, restore, setTags, getArticle };
}
