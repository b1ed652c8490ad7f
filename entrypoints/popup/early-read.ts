import type { ArticleRecord } from '../../lib/article';
import { ARTICLES_DATABASE } from '../../lib/platform/store/articles-database';
import { readNewestArticles } from '../../lib/platform/store/read-newest-articles';

/** How many of the newest articles the popup lists; the library page shows them all. */
export const POPUP_LIST_LIMIT = 50;

/** Where the early read waits for the popup's code (a global: they are separate scripts). */
const EARLY_READ_KEY = '__cleanCapturePopupRead';

/** The popup's first read as the early script started it: null when an upgrade is due or no database exists. */
export type EarlyRead = Promise<ArticleRecord[] | null>;

/**
 * Starts the popup's first read with plain IndexedDB and leaves it on `scope` for the popup's code.
 * Run by a small script in the popup's head (entrypoints/popup-read.ts): opening the database
 * cold takes tens of milliseconds, which then pass while the popup's code loads instead of after.
 */
export function startEarlyRead(scope: object = globalThis): void {
  Reflect.set(scope, EARLY_READ_KEY, readNewestArticles(ARTICLES_DATABASE, POPUP_LIST_LIMIT));
}

/** The read startEarlyRead left on `scope`, taken once; null when it did not run. */
export function takeEarlyRead(scope: object = globalThis): EarlyRead | null {
  const read: unknown = Reflect.get(scope, EARLY_READ_KEY);
  Reflect.deleteProperty(scope, EARLY_READ_KEY);
  return read instanceof Promise ? (read as EarlyRead) : null;
}
