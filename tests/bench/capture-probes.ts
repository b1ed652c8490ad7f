/** Capture benchmark probes that run in the extension's service worker (passed to `worker.evaluate`). */

/** Runs in the service worker: the time (epoch ms) the store first holds more than `count` articles. */
export async function savedAfter(count: number): Promise<number> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('clean-capture');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const deadline = Date.now() + 60_000;
  try {
    for (;;) {
      const now = await new Promise<number>((done, fail) => {
        const request = db.transaction('articles').objectStore('articles').count();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
      if (now > count) return Date.now();
      if (Date.now() > deadline) throw new Error('No article was saved within 60 s.');
      await new Promise((done) => setTimeout(done, 5));
    }
  } finally {
    db.close();
  }
}

/** Runs in the service worker: empties the store (articles and images) so the next run saves anew instead of finding a duplicate. */
export async function clearStore(): Promise<void> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('clean-capture');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  // Images too: a capture of the same page would otherwise find its images stored already.
  const stores = ['articles', 'bodies', 'images', 'articleImages'].filter((name) =>
    db.objectStoreNames.contains(name),
  );
  await new Promise<void>((done, fail) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) tx.objectStore(name).clear();
    tx.oncomplete = () => done();
    tx.onerror = () => fail(tx.error);
  });
  db.close();
}
