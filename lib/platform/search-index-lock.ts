/**
 * The full-text index's file has one owner at a time (the SAH pool holds it open exclusively, see
 * open-fts5-database.ts): a library tab's search worker, or the worker that indexes while no library
 * is open. Each takes this Web Lock before it opens the file, so the background can tell whether
 * someone owns the index, and an indexer can see a library tab waiting for it.
 */
const LOCK = 'clean-capture-search-index';

type Locks = LockManager;

/**
 * Waits until this context holds the index's lock; resolves to the function that lets go of it
 * (a worker that falls back to MiniSearch), else it is held until the context ends.
 */
export function holdSearchIndexLock(locks: Locks = navigator.locks): Promise<() => void> {
  return new Promise((held) => {
    void locks.request(LOCK, () => new Promise<void>((release) => held(release)));
  });
}

/**
 * Takes the index's lock when nobody holds it; resolves to the function that lets go of it, or null
 * when another context holds it (a library tab, or another indexer).
 */
export function tryHoldSearchIndexLock(locks: Locks = navigator.locks): Promise<(() => void) | null> {
  return new Promise((answer) => {
    void locks.request(LOCK, { ifAvailable: true }, (lock) => {
      if (lock === null) return answer(null);
      return new Promise<void>((release) => answer(release));
    });
  });
}

/** Whether some context (a library tab, an indexer) holds the index now. */
export async function isSearchIndexHeld(locks: Locks = navigator.locks): Promise<boolean> {
  const { held = [] } = await locks.query();
  return held.some((lock) => lock.name === LOCK);
}

/** Whether some context waits for the index (a library tab opening while an indexer holds it). */
export async function isSearchIndexWanted(locks: Locks = navigator.locks): Promise<boolean> {
  const { pending = [] } = await locks.query();
  return pending.some((lock) => lock.name === LOCK);
}
