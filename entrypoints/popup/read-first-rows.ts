import type { ArticleRecord } from '../../lib/article';
import { NEWEST_ARTICLES_DATABASE } from '../../lib/platform/store/articles-database';
import { readNewestArticles } from '../../lib/platform/store/read-newest-articles';

/** How many of the newest articles the popup lists; the library page shows them all. */
export const POPUP_LIST_LIMIT = 50;

/**
 * The popup's newest rows read with plain IndexedDB, with nothing but this file loaded: the first
 * open of the database after the browser starts takes well over 100 ms on its own, and it runs
 * while Preact, Dexie and the components load. Null when Dexie must read instead (no database yet,
 * an upgrade due, the read failed).
 */
export function readFirstRows(): Promise<ArticleRecord[] | null> {
  return readNewestArticles(NEWEST_ARTICLES_DATABASE, POPUP_LIST_LIMIT).catch(() => null);
}
