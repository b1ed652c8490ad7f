import type { Database } from '@sqlite.org/sqlite-wasm';
import type { IndexerOutcome } from '../messaging/messages';
import { mergeDueSegments, openLiveFtsIndex, syncFtsIndex } from './fts5-index-sync';
import { openIndexChangeLog } from './index-change-log';
import { closeFts5Database, isHeldElsewhere, openFts5Database } from './open-fts5-database';
import { askIndexOwnerToSync } from './search-index-channel';
import { isSearchIndexWanted, tryHoldSearchIndexLock } from './search-index-lock';
import { openDatabase } from './store/db';

/**
 * What a catch-up while no library tab is open came to: `indexed` (the index is in step),
 * `yielded` (a library tab asked for the index part way; it goes on from there), `held` (a library
 * tab owns the index and was asked to sync), `unavailable` (no OPFS sync access handles here).
 */
export type AloneOutcome = Exclude<IndexerOutcome, 'failed'>;

/** How often the indexer looks whether a library tab is waiting for the index. */
const WANTED_POLL_MS = 100;
/**
 * How long one pass merges the index's segments at most. Each pass goes on where the last stopped,
 * and so does a library tab's worker.
 */
const MERGE_ALONE_MS = 2_000;
/** Tries at opening the files a worker that just let go of the lock may still hold for a moment. */
const OPEN_TRIES = 10;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the index's file, waiting a moment for a worker that has just ended to let go of it. */
async function openIndexFile(): Promise<Database> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openFts5Database();
    } catch (error) {
      // A library tab's worker ended (its tab closed or hidden) and the browser has not freed its
      // files yet; or a tab of an older version, which takes no lock, holds them.
      if (!isHeldElsewhere(error) || attempt === OPEN_TRIES) throw error;
      await pause(100 * attempt);
    }
  }
}

/**
 * Brings the full-text index in step with the stored articles, for a worker the background starts
 * when articles changed and no library tab holds the index: the same pass a library tab runs when it
 * opens (syncFtsIndex: what the change log names and what was captured since, so nothing changed
 * since the last pass is missed, whoever made the change, and the rest is not read), a batch per
 * transaction. It stops between batches when a library tab wants the index, so the
 * library never waits for a long rebuild here; the batches done are kept, and the files are let go
 * of before the lock, so the tab opens them at once.
 */
export async function catchUpIndexAlone(): Promise<AloneOutcome> {
  const release = await tryHoldSearchIndexLock();
  if (!release) {
    askIndexOwnerToSync();
    return 'held';
  }
  try {
    let ftsDb: Database;
    try {
      ftsDb = await openIndexFile();
    } catch (error) {
      // The library tab that holds the files takes the changes in; so does one whose worker fell
      // back to MiniSearch, which holds no lock.
      askIndexOwnerToSync();
      return isHeldElsewhere(error) ? 'held' : 'unavailable';
    }
    const db = openDatabase();
    const log = openIndexChangeLog();
    let wanted = false;
    const poll = setInterval(() => {
      void isSearchIndexWanted().then((w) => (wanted ||= w));
    }, WANTED_POLL_MS);
    try {
      const live = openLiveFtsIndex(ftsDb);
      await syncFtsIndex(db, live, log, undefined, () => wanted);
      // A merge that is due (fts5-merge.ts) goes on for a few seconds at most: a capture made
      // meanwhile is taken in by the background's next pass, which waits for this one to end.
      const stopAt = performance.now() + MERGE_ALONE_MS;
      await mergeDueSegments(ftsDb, () => wanted || performance.now() > stopAt);
      return wanted ? 'yielded' : 'indexed';
    } finally {
      clearInterval(poll);
      db.close();
      log.close();
      closeFts5Database(ftsDb);
    }
  } finally {
    release();
  }
}
