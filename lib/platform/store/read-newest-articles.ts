import type { ArticleRecord } from '../../article';

/** Which database to read, as plain IndexedDB sees it. */
export interface NativeDatabase {
  name: string;
  /** The IndexedDB version of the newest schema this code declares. */
  version: number;
}

/**
 * The database a Dexie instance declares, without opening it. Dexie stores schema version n as
 * IndexedDB version n × 10 (tests/platform/store/read-newest-articles.test.ts checks it still does).
 */
export function nativeDatabaseOf(db: { name: string; verno: number }): NativeDatabase {
  return { name: db.name, version: Math.round(db.verno * 10) };
}

/**
 * Opens the database as it is, never creating or upgrading it: resolves null when it does not
 * exist yet. The version change such an open starts is aborted, which removes the new database.
 */
function openExisting(factory: IDBFactory, name: string): Promise<IDBDatabase | null> {
  return new Promise((resolve, reject) => {
    const req = factory.open(name);
    let missing = false;
    req.onupgradeneeded = () => {
      missing = true;
      req.transaction?.abort();
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = (event) => {
      if (!missing) return reject(req.error ?? new Error('IndexedDB open failed'));
      // Our own abort: the database is simply not there.
      event.preventDefault();
      resolve(null);
    };
  });
}

type RecordsIndex = IDBIndex & {
  // TypeScript 5.9's DOM types do not know IndexedDB 3's getAllRecords yet.
  getAllRecords(options: { count: number; direction: IDBCursorDirection }): IDBRequest<{ value: unknown }[]>;
};

/** The whole answer in one request (getAllRecords: Chrome 141+). */
function newestInOneRequest(index: RecordsIndex, limit: number): Promise<ArticleRecord[]> {
  return new Promise((resolve, reject) => {
    const req = index.getAllRecords({ count: limit, direction: 'prev' });
    req.onsuccess = () => resolve(req.result.map((record) => record.value as ArticleRecord));
    req.onerror = () => reject(req.error ?? new Error('IndexedDB read failed'));
  });
}

/** A cursor from the newest end: one request per few records, for browsers without getAllRecords. */
function newestByCursor(index: IDBIndex, limit: number): Promise<ArticleRecord[]> {
  const rows: ArticleRecord[] = [];
  return new Promise((resolve, reject) => {
    const req = index.openCursor(null, 'prev');
    req.onsuccess = () => {
      const cursor = req.result;
      if (!cursor) return resolve(rows);
      rows.push(cursor.value as ArticleRecord);
      if (rows.length >= limit) return resolve(rows);
      cursor.continue();
    };
    req.onerror = () => reject(req.error ?? new Error('IndexedDB cursor failed'));
  });
}

/**
 * The newest `limit` article records, newest first (ties: highest id first, as Dexie's reversed
 * `orderBy('capturedAt')`), read with plain IndexedDB, so a page can list them without opening
 * Dexie first. Resolves null, having changed nothing, when the database is missing, older than
 * `db.version` (an upgrade is due, which only Dexie runs) or lacks the store or its `capturedAt`
 * index: the caller then reads through Dexie.
 */
export async function readNewestArticles(
  db: NativeDatabase,
  limit: number,
  factory: IDBFactory = indexedDB,
): Promise<ArticleRecord[] | null> {
  const idb = await openExisting(factory, db.name);
  if (!idb) return null;
  // Never hold up an upgrade that another page of the extension starts meanwhile.
  idb.onversionchange = () => idb.close();
  try {
    if (idb.version < db.version || !idb.objectStoreNames.contains('articles')) return null;
    const store = idb.transaction('articles', 'readonly').objectStore('articles');
    if (!store.indexNames.contains('capturedAt')) return null;
    if (limit <= 0) return [];
    const index = store.index('capturedAt');
    return 'getAllRecords' in index
      ? await newestInOneRequest(index as RecordsIndex, limit)
      : await newestByCursor(index, limit);
  } finally {
    idb.close();
  }
}
