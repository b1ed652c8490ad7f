import type { ArticleRecord } from '../../lib/article';
import { POPUP_LIST_LIMIT } from '../../lib/first-screen/first-screen';
import { leaveForPage, takeFromHead, takeReadFromHead } from '../../lib/platform/early-handoff';
import { readStoredFirstScreen } from '../../lib/platform/read-first-screen';
import { ARTICLES_DATABASE } from '../../lib/platform/store/articles-database';
import { readNewestArticles } from '../../lib/platform/store/read-newest-articles';

/** Where the early reads wait for the popup's code (globals: they are separate scripts). */
const EARLY_READ_KEY = '__cleanCapturePopupRead';
const EARLY_SNAPSHOT_KEY = '__cleanCapturePopupSnapshot';

/** The popup's first read as the early script started it: null when an upgrade is due or no database exists. */
export type EarlyRead = Promise<ArticleRecord[] | null>;

/** Starts the early database read on its first call (later calls get the same read). */
export type StartEarlyRead = () => EarlyRead;

/**
 * Asks storage.local for the snapshot of the popup's first screen and leaves that request on
 * `scope` for the popup's code (and returns it), with the database's read of the newest rows. Run by a small script
 * in the popup's head (entrypoints/popup-read.ts), so both answer while the popup's code loads.
 * The database is read at once only when no snapshot is stored: then its rows are the first rows.
 * Otherwise the snapshot draws them, and the popup's code starts the read once they are painted
 * (readArticles): opening the database after the browser starts takes Chromium's own process
 * hundreds of milliseconds at 100,000 articles, on the cores the popup needs to paint.
 */
export function startEarlyRead(
  scope: object = globalThis,
  readSnapshot: () => Promise<unknown> = readStoredFirstScreen,
  readRows: () => EarlyRead = () => readNewestArticles(ARTICLES_DATABASE, POPUP_LIST_LIMIT),
): Promise<unknown> {
  const snapshot = readSnapshot();
  let rows: EarlyRead | undefined;
  const read: StartEarlyRead = () => {
    if (rows) return rows;
    rows = readRows();
    // Followed by the popup's code once it loads; until then a failure is not "unhandled".
    rows.catch(() => undefined);
    return rows;
  };
  snapshot.then(
    (stored) => void (stored === undefined && read()),
    () => void read(),
  );
  leaveForPage(scope, EARLY_READ_KEY, read);
  leaveForPage(scope, EARLY_SNAPSHOT_KEY, snapshot);
  return snapshot;
}

/** The read startEarlyRead left on `scope`, taken once; null when it did not run. */
export function takeEarlyRead(scope: object = globalThis): StartEarlyRead | null {
  const read = takeFromHead(scope, EARLY_READ_KEY);
  return typeof read === 'function' ? (read as StartEarlyRead) : null;
}

/** The stored snapshot (unparsed) startEarlyRead asked for, taken once; null when it did not run. */
export function takeEarlySnapshot(scope: object = globalThis): Promise<unknown> | null {
  return takeReadFromHead(scope, EARLY_SNAPSHOT_KEY) ?? null;
}
