import type { ArticleRecord } from '../../lib/article';
import { leaveForPage, takeReadFromHead } from '../../lib/platform/early-handoff';
import { ARTICLES_DATABASE } from '../../lib/platform/store/articles-database';
import { readNewestArticles } from '../../lib/platform/store/read-newest-articles';

/** Rows painted before the full list arrives, so the page is usable at once at any size. */
export const FIRST_PAGE = 60;

const EARLY_READ_KEY = '__cleanCaptureLibraryRead';

/** The first rows as the head script read them: null when an upgrade is due or no database exists. */
export type EarlyRead = Promise<ArticleRecord[] | null>;

/**
 * Starts reading the newest rows with plain IndexedDB and leaves the read for the page. Run by the
 * library's head script (entrypoints/library-start.ts): opening the database cold takes hundreds of
 * milliseconds at 100,000 articles, which then pass while the page's modules load.
 */
export function startEarlyRead(scope: object = globalThis): void {
  leaveForPage(scope, EARLY_READ_KEY, readNewestArticles(ARTICLES_DATABASE, FIRST_PAGE));
}

/** The read startEarlyRead began, taken once; undefined when it did not run. */
export function takeEarlyRead(scope: object = globalThis): EarlyRead | undefined {
  return takeReadFromHead(scope, EARLY_READ_KEY);
}
