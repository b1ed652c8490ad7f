import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ArticleRecord } from '../../lib/article';
import { countArticles, listRecentArticles } from '../../lib/platform/article-store';
import { getDatabase } from '../../lib/platform/db';

/** How many of the newest articles the popup lists; the library page shows them all. */
export const POPUP_LIST_LIMIT = 50;

export interface ArticlesState {
  articles: ArticleRecord[];
  total: number;
  loaded: boolean;
  error: string | null;
}

/** The newest saved articles (records only, never bodies) and a way to reload them. */
export function useArticles() {
  const [state, setState] = useState<ArticlesState>({ articles: [], total: 0, loaded: false, error: null });
  const reload = useCallback(async () => {
    try {
      const db = getDatabase();
      const [articles, total] = await Promise.all([
        listRecentArticles(db, POPUP_LIST_LIMIT),
        countArticles(db),
      ]);
      setState({ articles, total, loaded: true, error: null });
    } catch (error) {
      setState((old) => ({ ...old, loaded: true, error: `Could not read saved articles: ${String(error)}` }));
    }
  }, []);
  useEffect(() => {
    void reload();
  }, [reload]);
  return { ...state, reload };
}
