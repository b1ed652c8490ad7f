import { useCallback, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { countArticles, listRecentArticles } from '../../lib/platform/article-store';
import { getDatabase } from '../../lib/platform/db';

/** How many of the newest articles the popup lists; the library page shows them all. */
export const POPUP_LIST_LIMIT = 50;

export interface ArticlesState {
  articles: ArticleRecord[];
  /** How many are stored; null until counted (counting walks the whole store, so rows go first). */
  total: number | null;
  loaded: boolean;
  error: string | null;
}

/** A read of the newest records and, separately, of the count, so the rows need not wait for it. */
export interface ArticlesRead {
  rows: Promise<ArticleRecord[]>;
  total: Promise<number>;
}

/** Starts reading the newest records (one indexed read on capturedAt, never bodies) and the count. */
export function readArticles(): ArticlesRead {
  const db = getDatabase();
  return { rows: listRecentArticles(db, POPUP_LIST_LIMIT), total: countArticles(db) };
}

const failed = (error: unknown) => `Could not read saved articles: ${String(error)}`;

/**
 * The newest saved articles and a way to reload them. `first` is the read started before the first
 * render (see main.tsx), so the database opens while the page lays out instead of after it.
 */
export function useArticles(first: ArticlesRead) {
  const [state, setState] = useState<ArticlesState>({
    articles: [],
    total: null,
    loaded: false,
    error: null,
  });
  // A reload (after a capture or delete) is newer than the first read, which must not overwrite it.
  const generation = useRef(0);

  const follow = useCallback((read: ArticlesRead) => {
    const mine = ++generation.current;
    const current = () => mine === generation.current;
    read.rows.then(
      (articles) => current() && setState((old) => ({ ...old, articles, loaded: true, error: null })),
      // A failed read keeps the rows already shown.
      (error: unknown) => current() && setState((old) => ({ ...old, loaded: true, error: failed(error) })),
    );
    read.total.then(
      (total) => current() && setState((old) => ({ ...old, total })),
      () => undefined,
    );
    return Promise.allSettled([read.rows, read.total]).then(() => undefined);
  }, []);

  const reload = useCallback(() => follow(readArticles()), [follow]);
  // A layout effect runs right after the first render; a plain effect waits for an animation
  // frame, which a popup still opening may not get for up to 100 ms, and the rows would wait too.
  useLayoutEffect(() => {
    void follow(first);
    return () => void ++generation.current;
  }, [first, follow]);
  return { ...state, reload };
}
