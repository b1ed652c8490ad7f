import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
// Vite copies the file into the build and gives its address; the module would look for it beside
// the worker's script otherwise, where the bundler put nothing.
import wasmUrl from '@sqlite.org/sqlite-wasm/sqlite3.wasm?url';

/** The OPFS pool the index file lives in (one folder of the extension's origin private file system). */
const POOL = 'clean-capture-search';
const FILE = '/search.sqlite3';

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
 * Opens the full-text index's SQLite database in OPFS, for a dedicated worker. It uses the
 * `opfs-sahpool` VFS: OPFS sync access handles only, so no cross-origin isolation (no
 * SharedArrayBuffer) is needed, as the other OPFS VFSes would. The pool holds its files open
 * exclusively: one worker at a time owns it, and another library tab's worker is refused (see
 * `isHeldElsewhere`). Rejects where OPFS sync access handles are missing; the caller falls back.
 */
export async function openFts5Database(): Promise<Database> {
  const sqlite3 = await loadSqlite();
  const options = {
    name: POOL,
    initialCapacity: 4,
    // Refused because another tab holds the files: leave them as they are, and try again later
    // (the second option, missing from the typings, lets a later try run instead of failing at once).
    preserveOnInitFailure: true,
    forceReinitIfPreviouslyFailed: true,
  };
  const pool = await sqlite3.installOpfsSAHPoolVfs(options);
  openPool = pool;
  const db = new pool.OpfsSAHPoolDb(FILE);
  // A cache of the articles, rebuilt when lost: no need to sync every page to disk. Each page read
  // from OPFS costs a call out of WebAssembly, so the page cache is raised from SQLite's 2 MB to
  // 32 MB: what the last searches read (the newest pages of common words' lists) stays at hand.
  db.exec('PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32000');
  return db;
}

/**
 * Closes the index's database and lets go of the pool's files at once, so the next owner (a library
 * tab waiting for the index's lock) can open them without waiting for this worker to end.
 */
export function closeFts5Database(db: Database): void {
  db.close();
  openPool?.pauseVfs();
}

/** Whether opening failed because another worker (another library tab) holds the index's files. */
export function isHeldElsewhere(error: unknown): boolean {
  // A DOMException, which is not an Error in every worker: read its name only.
  return (error as { name?: unknown } | null)?.name === 'NoModificationAllowedError';
}
