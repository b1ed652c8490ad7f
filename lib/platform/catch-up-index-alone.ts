import type { IndexerOutcome } from '../messaging/messages';
import { catchUpFtsIndex, openLiveFtsIndex } from './fts5-index-sync';
import { isHeldElsewhere, openFts5Database } from './open-fts5-database';
import { askIndexOwnerToSync } from './search-index-channel';
import { isSearchIndexWanted, tryHoldSearchIndexLock } from './search-index-lock';
import { openDatabase } from './store/db';
import { listAllArticles } from './store/library-store';

/**
 * What a catch-up while no library tab is open came to: `indexed` (the index is in step),
 * `yielded` (a library tab asked for the index part way; it goes on from there), `held` (a library
 * tab owns the index and was asked to sync), `unavailable` (no OPFS sync access handles here).
 */
export type AloneOutcome = Exclude<IndexerOutcome, 'failed'>;

/** How often the indexer looks whether a library tab is waiting for the index. */
const WANTED_POLL_MS = 100;

/**
 * Brings the full-text index in step with the stored articles, for a worker the background starts
 * when articles changed and no library tab holds the index: the same stamp-based catch-up a library
 * tab runs when it opens (so nothing changed since the last pass is missed, whoever made the change),
 * a batch per transaction. It stops between batches when a library tab wants the index, so the
 * library never waits for a long rebuild here; the batches done are kept. The index stays held until
 * the worker ends: the SAH pool lets go of its files only then.
 */
export async function catchUpIndexAlone(): Promise<AloneOutcome> {
  if (!(await tryHoldSearchIndexLock())) {
    askIndexOwnerToSync();
    return 'held';
  }
  let ftsDb: Awaited<ReturnType<typeof openFts5Database>>;
  try {
    ftsDb = await openFts5Database();
  } catch (error) {
    // A library tab of an older version (before the lock) may hold the files.
    if (!isHeldElsewhere(error)) return 'unavailable';
    askIndexOwnerToSync();
    return 'held';
  }
  const db = openDatabase();
  let wanted = false;
  const poll = setInterval(() => {
    void isSearchIndexWanted().then((w) => (wanted ||= w));
  }, WANTED_POLL_MS);
  try {
    const live = openLiveFtsIndex(ftsDb);
    await catchUpFtsIndex(db, live, await listAllArticles(db), undefined, () => wanted);
    return wanted ? 'yielded' : 'indexed';
  } finally {
    clearInterval(poll);
    db.close();
  }
}
