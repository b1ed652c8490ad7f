/**
 * Functions the library benchmark evaluates inside extension pages. They are self-contained (no
 * imports, no helpers from Node) because Playwright serialises them into the page.
 */

/**
 * Init script: records when a selector first shows up, just after the next frame is painted, in
 * `window.__marks` and as a console line `paint-mark <name> <ms>` (see open-bench's `waitMark`).
 */
export function paintMarks(selectors: Record<string, string>): void {
  const marks: Record<string, number> = {};
  (window as unknown as { __marks: Record<string, number> }).__marks = marks;
  const check = () => {
    for (const [name, selector] of Object.entries(selectors)) {
      if (marks[name] === undefined && document.querySelector(selector)) {
        marks[name] = -1;
        requestAnimationFrame(() =>
          setTimeout(() => {
            marks[name] = performance.now();
            console.debug(`paint-mark ${name} ${marks[name]}`);
          }, 0),
        );
      }
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
}

/**
 * Init script for the library: reports on the console (`paint-mark whole <ms>`, as paintMarks does)
 * when its count first names the whole library ("100,000 articles", no longer "60 of 100,000"):
 * every record is read then.
 */
export function wholeLibraryMark(): void {
  let done = false;
  const check = () => {
    const count = document.querySelector('.selection-bar .count')?.textContent ?? '';
    if (done || !/^[\d,]+ articles?$/.test(count)) return;
    done = true;
    console.debug(`paint-mark whole ${performance.now()}`);
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
}

/** Types each query into the library's search box; ms from input to its result rows in the DOM. */
export async function timeSearches(
  queries: string[],
): Promise<{ ms: number[]; workerMs: number[]; counts: string[] }> {
  const input = document.querySelector('input.search') as HTMLInputElement;
  const main = document.querySelector('main.library') as HTMLElement;
  const ms: number[] = [];
  const workerMs: number[] = [];
  const counts: string[] = [];
  for (const q of queries) {
    const start = performance.now();
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // The worker answers asynchronously; the page marks which query its rows are for.
    await new Promise<void>((resolve) => {
      if (main.dataset.resultsFor === q) return resolve();
      const observer = new MutationObserver(() => {
        if (main.dataset.resultsFor !== q) return;
        observer.disconnect();
        resolve();
      });
      observer.observe(main, { attributes: true });
    });
    ms.push(performance.now() - start);
    workerMs.push(Number(main.dataset.workerMs));
    counts.push(document.querySelector('.selection-bar .count')?.textContent ?? '');
  }
  return { ms, workerMs, counts };
}

/** Baseline search: read every body and test it with `includes`, as a page without an index would. */
export async function naiveSearch(query: string): Promise<{ ms: number; found: number }> {
  const start = performance.now();
  const terms = query.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
  let found = 0;
  await new Promise<void>((done, fail) => {
    const cursor = db.transaction('bodies').objectStore('bodies').openCursor();
    cursor.onsuccess = () => {
      const c = cursor.result;
      if (!c) return done();
      const text = (c.value as { markdown: string }).markdown.toLowerCase();
      if (terms.every((t) => text.includes(t))) found++;
      c.continue();
    };
    cursor.onerror = () => fail(cursor.error);
  });
  db.close();
  return { ms: performance.now() - start, found };
}

/** Baseline listing: every record loaded and sorted in JS, versus the newest 50 read from the index. */
export async function newestFifty(): Promise<{ naiveMs: number; indexedMs: number }> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
  let start = performance.now();
  const all = await new Promise<{ capturedAt: string }[]>((done) => {
    const r = db.transaction('articles').objectStore('articles').getAll();
    r.onsuccess = () => done(r.result as { capturedAt: string }[]);
  });
  all.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt)).slice(0, 50);
  const naiveMs = performance.now() - start;
  start = performance.now();
  await new Promise<void>((done) => {
    const rows: unknown[] = [];
    const c = db.transaction('articles').objectStore('articles').index('capturedAt').openCursor(null, 'prev');
    c.onsuccess = () => {
      if (!c.result || rows.length === 50) return done();
      rows.push(c.result.value);
      c.result.continue();
    };
  });
  const indexedMs = performance.now() - start;
  db.close();
  return { naiveMs, indexedMs };
}

/** Baseline for export: only reading every body out of IndexedDB, the floor any export pays. */
export async function readAllBodies(): Promise<number> {
  const start = performance.now();
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
  // 2,000 at a time, as an export reads them: 100,000 bodies at once would be most of a gigabyte.
  const ask = <T>(request: IDBRequest<T>) =>
    new Promise<T>((done, fail) => {
      request.onsuccess = () => done(request.result);
      request.onerror = () => fail(request.error);
    });
  let after: IDBValidKey | undefined;
  for (;;) {
    const store = db.transaction('bodies').objectStore('bodies');
    const keys = await ask(
      store.getAllKeys(after === undefined ? null : IDBKeyRange.lowerBound(after, true), 2000),
    );
    const [first] = keys;
    const last = keys.at(-1);
    if (first === undefined || last === undefined) break;
    await ask(store.getAll(IDBKeyRange.bound(first, last)));
    after = last;
  }
  db.close();
  return performance.now() - start;
}

/** Bytes the library stores (IndexedDB and the origin private file system), from the storage estimate. */
export async function storageUsage(): Promise<number> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & {
    usageDetails?: { indexedDB?: number; fileSystem?: number };
  };
  // The articles are in IndexedDB, the FTS5 index is a file in the origin private file system
  // (Chromium's `fileSystem`); IndexedDB alone left the index out.
  const details = e.usageDetails;
  return details ? (details.indexedDB ?? 0) + (details.fileSystem ?? 0) : (e.usage ?? 0);
}

/** How many articles the store holds, counted in the service worker or a page. */
export async function countStored(): Promise<number> {
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
  const n = await new Promise<number>((done) => {
    const r = db.transaction('articles').objectStore('articles').count();
    r.onsuccess = () => done(r.result);
  });
  db.close();
  return n;
}

/**
 * Baseline library open: what a page without virtualisation does, all records loaded, sorted and
 * rendered as rows (title, site, date), then laid out.
 */
export async function naiveRenderAll(): Promise<number> {
  const start = performance.now();
  const db = await new Promise<IDBDatabase>((done, fail) => {
    const r = indexedDB.open('clean-capture');
    r.onsuccess = () => done(r.result);
    r.onerror = () => fail(r.error);
  });
  const all = await new Promise<{ title: string; siteName: string | null; capturedAt: string }[]>((done) => {
    const r = db.transaction('articles').objectStore('articles').getAll();
    r.onsuccess = () => done(r.result as { title: string; siteName: string | null; capturedAt: string }[]);
  });
  db.close();
  all.sort((a, b) => b.capturedAt.localeCompare(a.capturedAt));
  const list = document.createElement('ul');
  for (const a of all) {
    const li = document.createElement('li');
    const title = document.createElement('strong');
    title.textContent = a.title;
    const meta = document.createElement('div');
    meta.textContent = `${a.siteName ?? ''} · ${a.capturedAt.slice(0, 10)}`;
    li.append(title, meta);
    list.append(li);
  }
  document.body.append(list);
  void list.offsetHeight;
  const ms = performance.now() - start;
  list.remove();
  return ms;
}
