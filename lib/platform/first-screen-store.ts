import {
  FIRST_SCREEN_KEY,
  POPUP_LIST_LIMIT,
  firstScreenOf,
  parseFirstScreen,
  sameRows,
} from '../first-screen/first-screen';
import { nativeStorageLocal, type FirstScreenArea } from './read-first-screen';
import type { CleanCaptureDb } from './store/db';

/** What serialises the snapshot's writers across the extension's pages and its worker. */
export interface FirstScreenLock {
  request<T>(name: string, work: () => Promise<T>): Promise<T>;
}

/** The Web Locks of this context (every extension page and worker shares the origin's locks). */
function originLocks(): FirstScreenLock | null {
  return typeof navigator !== 'undefined' && 'locks' in navigator
    ? (navigator.locks as FirstScreenLock)
    : null;
}

const LOCK_NAME = 'clean-capture-popup-first-screen';

/**
 * Writes the popup's first screen (its rows and the total) from the database as it is now, unless
 * the stored one already shows the same; resolves true when it wrote. The read and the write happen under one lock shared
 * by every page and the worker: a writer that read the database earlier always writes before one
 * that read it later, so an older snapshot never overwrites a newer one.
 */
export async function refreshFirstScreen(
  db: CleanCaptureDb,
  area: FirstScreenArea | null = nativeStorageLocal(),
  locks: FirstScreenLock | null = originLocks(),
  { recount = true }: { recount?: boolean } = {},
): Promise<boolean> {
  // A context without extension storage (a worker, a test) has no snapshot to keep.
  if (!area) return false;
  const refresh = async () => {
    // The count reads every record (half a second at 100,000), so it is taken only after a write
    // that may have added or removed some: a change of reading state or tags keeps the stored total.
    // Taken here, after a write, instead of in every popup as it opens; in the rows' transaction,
    // so the two agree.
    const [records, counted] = await db.transaction('r', db.articles, () =>
      Promise.all([
        db.articles.orderBy('capturedAt').reverse().limit(POPUP_LIST_LIMIT).toArray(),
        recount ? db.articles.count() : undefined,
      ]),
    );
    const stored = parseFirstScreen((await area.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY]);
    const total = counted ?? stored?.total ?? (await db.articles.count());
    const screen = firstScreenOf(records, total);
    if (stored && stored.total === total && sameRows(stored.rows, screen.rows)) return false;
    await area.set({ [FIRST_SCREEN_KEY]: screen });
    return true;
  };
  return locks ? locks.request(LOCK_NAME, refresh) : refresh();
}

/**
 * Refreshes the first screen after a write, at most one refresh at a time in this context: writes
 * that come while one runs are covered by one more after it (an import's thousand batches read
 * the newest rows a few times, not a thousand). Failures are left to the popup's own check.
 */
export function firstScreenRefresher(
  refresh: (recount: boolean) => Promise<unknown>,
): (recount: boolean) => Promise<void> {
  let running: Promise<void> | null = null;
  let again = false;
  let recountNext = false;
  return (recount) => {
    recountNext ||= recount;
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const counting = recountNext;
        recountNext = false;
        await refresh(counting).catch(() => undefined);
      } while (again);
      running = null;
    })();
    return running;
  };
}
