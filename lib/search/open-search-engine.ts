/**
 * Why opening the FTS5 index failed, as the search worker acts on it: `held`, another context (a
 * library tab, the indexer, a worker that just ended) still holds its files: wait and try again;
 * `unavailable`, this browser cannot run it (no OPFS sync access handles, SQLite's WebAssembly
 * failed): MiniSearch; `damaged`, anything else (a damaged file, a pool or schema half made by a
 * worker killed part way): the index is a cache of the articles, so it is deleted and rebuilt.
 */
export type Fts5Failure = 'held' | 'unavailable' | 'damaged';

/** What openSearchEngine does, handed in so its choices run in tests without a browser. */
export interface SearchEngineSteps<Db, Engine> {
  /** Takes the index's lock (waiting for its owner); resolves to the function that lets go of it. */
  holdIndex(): Promise<() => void>;
  openFts5(): Promise<Db>;
  /** Reads the index's tables and starts answering; throws when they cannot be read. */
  startFts5(db: Db): Engine;
  /** Closes the database and lets go of the index's files. */
  closeFts5(db: Db): void;
  /** Deletes the index's files, so the next open starts an empty index. */
  deleteFts5(): Promise<void>;
  /** Lets go of the index's files, whatever state opening left them in. */
  releaseFts5(): void;
  startMiniSearch(): Engine;
  classify(error: unknown): Fts5Failure;
  pause(ms: number): Promise<void>;
  /** Says what went wrong, for whoever reads the worker's console (a user, a test). */
  report(message: string): void;
}

/** Tries at opening a `damaged` index before it is deleted: a moment's trouble is not worth a rebuild. */
const TRIES_BEFORE_DELETE = 2;

/** The wait before the next try while another context holds the files: soon at first, then every 3 s. */
export const heldPause = (attempt: number) => Math.min(100 * 2 ** attempt, 3000);

/**
 * Opens the FTS5 index under its lock, or MiniSearch when this browser cannot run FTS5. A held index
 * is waited for; one that cannot be opened or read (`damaged`) is tried once more, then deleted and
 * made anew; MiniSearch is used only when FTS5 is `unavailable` here or a fresh index fails too.
 * Falling back lets go of the index's files and its lock, so another library tab (or the indexer)
 * can have them, and reports why.
 */
export async function openSearchEngine<Db, Engine>(
  steps: SearchEngineSteps<Db, Engine>,
): Promise<{ engine: Engine; fts5: boolean }> {
  const release = await steps.holdIndex();
  let waits = 0;
  let tries = 0;
  let deleted = false;
  const fallBack = (why: unknown) => {
    steps.report(`Search: FTS5 on OPFS unavailable, using MiniSearch: ${String(why)}`);
    steps.releaseFts5();
    release();
    return { engine: steps.startMiniSearch(), fts5: false };
  };
  for (;;) {
    let db: Db | undefined;
    try {
      db = await steps.openFts5();
      return { engine: steps.startFts5(db), fts5: true };
    } catch (error) {
      if (db !== undefined) steps.closeFts5(db);
      const failure = steps.classify(error);
      if (failure === 'held') {
        await steps.pause(heldPause(++waits));
        continue;
      }
      if (failure === 'unavailable' || deleted) return fallBack(error);
      if (++tries < TRIES_BEFORE_DELETE) {
        steps.report(`Search: the FTS5 index did not open, trying again: ${String(error)}`);
        await steps.pause(heldPause(tries));
        continue;
      }
      steps.report(`Search: the FTS5 index could not be read, rebuilding it: ${String(error)}`);
      try {
        await steps.deleteFts5();
        deleted = true;
      } catch (deleteError) {
        // Another context opened the files meanwhile: wait for it as for a held index.
        if (steps.classify(deleteError) !== 'held') return fallBack(deleteError);
        await steps.pause(heldPause(++waits));
      }
    }
  }
}
