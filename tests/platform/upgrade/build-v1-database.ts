import type { StoreLayout, V1Article } from './frozen-schemas';

export interface V1DatabaseSpec {
  name: string;
  idbVersion: number;
  layout: StoreLayout[];
  articles: V1Article[];
}

/**
 * Creates a database exactly as the first release left it: raw IndexedDB (no Dexie, no
 * `openDatabase`), the frozen layout, records and bodies split as version 1 stores them. Written
 * with nothing from outside the function, so `page.evaluate` can run it in Chromium as well as in
 * Node over fake-indexeddb.
 */
export async function buildV1Database(spec: V1DatabaseSpec): Promise<void> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open(spec.name, spec.idbVersion);
    request.onupgradeneeded = () => {
      for (const store of spec.layout) {
        const created = request.result.createObjectStore(store.name, {
          keyPath: store.keyPath,
          autoIncrement: store.autoIncrement,
        });
        for (const index of store.indexes) {
          created.createIndex(index.name, index.keyPath, {
            unique: index.unique,
            multiEntry: index.multiEntry,
          });
        }
      }
    };
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  await new Promise<void>((done, fail) => {
    const tx = db.transaction(['articles', 'bodies'], 'readwrite');
    for (const { markdown, ...record } of spec.articles) {
      tx.objectStore('articles').add(record);
      tx.objectStore('bodies').add({ id: record.id, markdown });
    }
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}

/** The layout IndexedDB reports for a database: stores, keys and indexes, sorted by name. */
export async function readDatabaseLayout(name: string): Promise<{ version: number; stores: StoreLayout[] }> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open(name);
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const names = [...db.objectStoreNames].sort();
  const stores: StoreLayout[] = [];
  if (names.length > 0) {
    const tx = db.transaction(names, 'readonly');
    for (const storeName of names) {
      const store = tx.objectStore(storeName);
      const indexes = [...store.indexNames].sort().map((indexName) => {
        const index = store.index(indexName);
        return {
          name: indexName,
          keyPath: index.keyPath,
          unique: index.unique,
          multiEntry: index.multiEntry,
        };
      });
      stores.push({ name: storeName, keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes });
    }
  }
  const version = db.version;
  db.close();
  return { version, stores };
}
