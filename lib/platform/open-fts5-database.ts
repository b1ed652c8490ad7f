import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
// Vite copies the file into the build and gives its address; the module would look for it beside
// the worker's script otherwise, where the bundler put nothing.
import wasmUrl from '@sqlite.org/sqlite-wasm/sqlite3.wasm?url';
import type { Fts5Failure } from '../search/open-search-engine';
import { installSampledRank } from '../search/fts5-rank';

/** The OPFS pool the index file lives in (one folder of the extension's origin private file system). */
const POOL = 'clean-capture-search';
const FILE = '/search.sqlite3';
/** The pool's files: the database and its journal, and two spare. */
const CAPACITY = 4;

type Sqlite3 = Awaited<ReturnType<typeof sqlite3InitModule>>;
type Pool = Awaited<ReturnType<Sqlite3['installOpfsSAHPoolVfs']>>;
let loaded: Promise<Sqlite3> | undefined;
/** The pool the last database was opened in, to let go of its files (closeFts5Database). */
let openPool: Pool | undefined;

/** Loads SQLite's WebAssembly once per worker. */
function loadSqlite(): Promise<Sqlite3> {
  // Only the SAH-pool VFS is used: the other OPFS VFSes would start a helper worker the build does
  // not ship, and log errors when it fails to load. SQLite reads this setting once, as it loads.
  (globalThis as { sqlite3ApiConfig?: unknown }).sqlite3ApiConfig = {
    disable: { vfs: { opfs: true, 'opfs-vfs': true, 'opfs-wl': true } },
  };
  // Its typings leave out the Emscripten options it passes on; locateFile is one of them.
  const init = sqlite3InitModule as (options: { locateFile: () => string }) => Promise<Sqlite3>;
  loaded ??= init({ locateFile: () => wasmUrl });
  return loaded;
}

/**
 * Thrown where FTS5 cannot run in this browser at all: no OPFS sync access handles (or OPFS refused),
 * or SQLite's WebAssembly would not load. The only failure the search worker falls back on at once.
 */
export class Fts5Unavailable extends Error {
  override name = 'Fts5Unavailable';
}

/** Whether this context has what the SAH-pool VFS needs: OPFS with sync access handles. */
function hasOpfsSyncAccess(): boolean {
  return (
    typeof FileSystemFileHandle === 'function' &&
    'createSyncAccessHandle' in FileSystemFileHandle.prototype &&
    typeof navigator.storage?.getDirectory === 'function'
  );
}

/**
 * Opens the full-text index's SQLite database in OPFS, for a dedicated worker. It uses the
 * `opfs-sahpool` VFS: OPFS sync access handles only, so no cross-origin isolation (no
 * SharedArrayBuffer) is needed, as the other OPFS VFSes would. The pool holds its files open
 * exclusively: one worker at a time owns it, and another library tab's worker is refused (see
 * `isHeldElsewhere`). Rejects with Fts5Unavailable where it cannot run here; when it rejects
 * otherwise, it has let go of the files.
 */
export async function openFts5Database(): Promise<Database> {
  if (!hasOpfsSyncAccess()) throw new Fts5Unavailable('No OPFS sync access handles in this browser.');
  const sqlite3 = await loadSqlite().catch((error: unknown) => {
    loaded = undefined;
    throw new Fts5Unavailable(`SQLite did not load: ${String(error)}`);
  });
  const options = {
    name: POOL,
    initialCapacity: CAPACITY,
    // Refused because another tab holds the files: leave them as they are, and try again later
    // (the second option, missing from the typings, lets a later try run instead of failing at once).
    preserveOnInitFailure: true,
    forceReinitIfPreviouslyFailed: true,
  };
  const pool = await sqlite3.installOpfsSAHPoolVfs(options);
  openPool = pool;
  // Installed once per worker: after a failed try let go of its files, they are taken back here.
  if (pool.isPaused()) await pool.unpauseVfs();
  let db: Database | undefined;
  try {
    // The pool is given its files only when it has none: a worker killed while making them (its
    // tab closed as the library first opened) leaves fewer, and with one alone SQLite has no file for
    // its journal ("SAH pool is full", SQLITE_CANTOPEN at the first write). Make up the number.
    await pool.reserveMinimumCapacity(CAPACITY);
    db = new pool.OpfsSAHPoolDb(FILE);
    // A cache of the articles, rebuilt when lost: no need to sync every page to disk. Each page read
    // from OPFS costs a call out of WebAssembly, so the page cache is raised from SQLite's 2 MB to
    // 32 MB: what the last searches read (the newest pages of common words' lists) stays at hand.
    // This connection is the files' only user while it is open (the pool holds them), so its lock
    // is kept between statements: otherwise each statement asks the VFS, in JavaScript, whether a
    // journal was left behind and reads the file's change counter again (a tenth of the worker's
    // time per search besides SQLite's own work, in a profile at 100,000 articles). Holding its
    // lock, SQLite keeps the rollback journal after a write instead of deleting it: it is cut back
    // to nothing at once, or the last write's journal stayed on disk (2 KB an article at 1,000).
    db.exec(`PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000;
      PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_size_limit = 0`);
    installSampledRank(sqlite3, db);
    return db;
  } catch (error) {
    db?.close();
    releaseFts5Files();
    throw error;
  }
}

/**
 * Closes the index's database and lets go of the pool's files at once, so the next owner (a library
 * tab waiting for the index's lock) can open them without waiting for this worker to end.
 */
export function closeFts5Database(db: Database): void {
  db.close();
  releaseFts5Files();
}

/** Lets go of the pool's files, so that another context can open them while this worker lives on. */
export function releaseFts5Files(): void {
  if (openPool && !openPool.isPaused()) openPool.pauseVfs();
}

/** The pool's folder in OPFS (the VFS's default: its name after a dot). */
const POOL_FOLDER = `.${POOL}`;

/**
 * Deletes the index's files (no database of it may be open), so the next openFts5Database starts
 * an empty index. Rejects, as isHeldElsewhere tells, while another context holds them.
 */
export async function deleteFts5Index(): Promise<void> {
  const pool = openPool;
  openPool = undefined;
  // Unregisters the VFS and lets go of its files, so the next open installs the pool anew.
  await pool?.removeVfs();
  const root = await navigator.storage.getDirectory();
  await root.removeEntry(POOL_FOLDER, { recursive: true }).catch((error: unknown) => {
    if (errorName(error) !== 'NotFoundError') throw error;
  });
}

/** Whether opening failed because another worker (another library tab) holds the index's files. */
export function isHeldElsewhere(error: unknown): boolean {
  return errorName(error) === 'NoModificationAllowedError';
}

/** A thrown value's name; a DOMException is not an Error in every worker, so only its name is read. */
function errorName(error: unknown): unknown {
  return (error as { name?: unknown } | null)?.name;
}

/** What the search worker makes of a failure to open or read the index (see open-search-engine.ts). */
export function fts5Failure(error: unknown): Fts5Failure {
  if (isHeldElsewhere(error)) return 'held';
  // OPFS refused to this context (a private window in some browsers).
  if (error instanceof Fts5Unavailable || errorName(error) === 'SecurityError') return 'unavailable';
  return 'damaged';
}
