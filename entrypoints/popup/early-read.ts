import type { ArticleRecord } from '../../lib/article';
import { POPUP_LIST_LIMIT } from '../../lib/first-screen/first-screen';
import { leaveForPage, takeReadFromHead } from '../../lib/platform/early-handoff';
import { readStoredFirstScreen } from '../../lib/platform/read-first-screen';
import { ARTICLES_DATABASE } from '../../lib/platform/store/articles-database';
import { readNewestArticles } from '../../lib/platform/store/read-newest-articles';

/** Where the early reads wait for the popup's code (globals: they are separate scripts). */
const EARLY_READ_KEY = '__cleanCapturePopupRead';
const EARLY_SNAPSHOT_KEY = '__cleanCapturePopupSnapshot';

/** The popup's first read as the early script started it: null when an upgrade is due or no database exists. */
export type EarlyRead = Promise<ArticleRecord[] | null>;

/**
 * Starts the popup's first reads and leaves them on `scope` for the popup's code: the database's
 * newest rows with plain IndexedDB, and the snapshot of the first screen in storage.local.
 * Run by a small script in the popup's head (entrypoints/popup-read.ts): opening the database
 * cold takes tens of milliseconds (hundreds at 100,000 articles), which then pass while the popup's
 * code loads instead of after; the snapshot, small and cheap to open, is usually there first.
 */
export function startEarlyRead(scope: object = globalThis, readSnapshot = readStoredFirstScreen): void {
  // The database first: the first use of the storage API sets up its bindings, a few ms of this
  // script, which would otherwise delay the open (the quicker answer in a small library, warm).
  leaveForPage(scope, EARLY_READ_KEY, readNewestArticles(ARTICLES_DATABASE, POPUP_LIST_LIMIT));
  leaveForPage(scope, EARLY_SNAPSHOT_KEY, readSnapshot());
}

/** The read startEarlyRead left on `scope`, taken once; null when it did not run. */
export function takeEarlyRead(scope: object = globalThis): EarlyRead | null {
  return takeReadFromHead<ArticleRecord[] | null>(scope, EARLY_READ_KEY) ?? null;
}

/** The stored snapshot (unparsed) startEarlyRead asked for, taken once; null when it did not run. */
export function takeEarlySnapshot(scope: object = globalThis): Promise<unknown> | null {
  return takeReadFromHead(scope, EARLY_SNAPSHOT_KEY) ?? null;
}
