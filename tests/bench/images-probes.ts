/** Image benchmark probes that run in the extension's service worker (passed to `worker.evaluate`). */

/**
 * Runs in the service worker: the time (epoch ms) every one of `expected` image addresses of the
 * stored articles has resolved, stored or failed, and how many were stored.
 */
export async function imagesSettledAt(expected: number): Promise<{ at: number; stored: number }> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('clean-capture');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  const deadline = Date.now() + 120_000;
  try {
    for (;;) {
      const links = await new Promise<Array<{ sha256?: string }>>((done, fail) => {
        const request = db.transaction('articleImages').objectStore('articleImages').getAll();
        request.onsuccess = () => done(request.result as Array<{ sha256?: string }>);
        request.onerror = () => fail(request.error);
      });
      if (links.length >= expected) {
        return { at: Date.now(), stored: links.filter((link) => link.sha256).length };
      }
      if (Date.now() > deadline)
        throw new Error(`Only ${links.length} of ${expected} images settled in 120 s.`);
      await new Promise((done) => setTimeout(done, 5));
    }
  } finally {
    db.close();
  }
}

/**
 * Runs in the service worker: what the stored articles take, in bytes: bodies (UTF-8), records
 * (as JSON), images, and the browser's own figure for the whole origin.
 */
export async function storedCost(): Promise<{ body: number; record: number; images: number; usage: number }> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const request = indexedDB.open('clean-capture');
    request.onsuccess = () => done(request.result);
    request.onerror = () => fail(request.error);
  });
  // No named inner functions: tsx wraps them in a `__name` helper the worker does not have.
  const rows: Record<string, unknown[]> = {};
  try {
    for (const store of ['bodies', 'articles', 'images', 'articleImages']) {
      rows[store] = await new Promise<unknown[]>((done, fail) => {
        const request = db.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => done(request.result);
        request.onerror = () => fail(request.error);
      });
    }
    const encoder = new TextEncoder();
    return {
      body: (rows.bodies as Array<{ markdown: string }>).reduce(
        (sum, b) => sum + encoder.encode(b.markdown).length,
        0,
      ),
      record: [...(rows.articles ?? []), ...(rows.articleImages ?? [])].reduce<number>(
        (sum, r) => sum + JSON.stringify(r).length,
        0,
      ),
      images: (rows.images as Array<{ size: number }>).reduce((sum, image) => sum + image.size, 0),
      usage: (await navigator.storage.estimate()).usage ?? 0,
    };
  } finally {
    db.close();
  }
}
