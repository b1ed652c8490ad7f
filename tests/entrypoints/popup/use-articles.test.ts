import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { ArticleRecord } from '../../../lib/article';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { getDatabase } from '../../../lib/platform/store/db';
import { h, render } from 'preact';
import { useEffect } from 'preact/hooks';
import { startEarlyRead, takeEarlyRead } from '../../../entrypoints/popup/early-read';
import { POPUP_LIST_LIMIT } from '../../../lib/first-screen/first-screen';
import { readArticles, repairFirstScreen, useArticles } from '../../../entrypoints/popup/use-articles';
import type { PopupStore } from '../../../entrypoints/popup/load-popup-store';
import { firstScreenOf } from '../../../lib/first-screen/first-screen';
import { withMessages } from '../../harness/locale-messages';
import { preactContainer } from '../../harness/preact-container';
import { makeArticle, makeRecord } from '../../articles/article-factory';

describe("the popup's first read", () => {
  it('falls back to Dexie when there is no database yet: no rows, and the database now exists', async () => {
    expect(await readArticles(Promise.resolve(null))).toEqual([]);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).toContain(getDatabase().name);
  });

  it('lists the newest articles first, the same rows as the Dexie read', async () => {
    const db = getDatabase();
    for (let i = 0; i < POPUP_LIST_LIMIT + 5; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await saveArticle(
        db,
        makeArticle({
          canonicalUrl: `https://news.example/${i}`,
          capturedAt: `2026-05-${day}T09:00:00.000Z`,
        }),
        { replace: false },
      );
    }
    const rows = await readArticles(Promise.resolve(null));
    expect(rows).toHaveLength(POPUP_LIST_LIMIT);
    expect(rows).toEqual(await listRecentArticles(db, POPUP_LIST_LIMIT));
  });

  it("takes over the read the popup's head started, once, with the same rows", async () => {
    const page = {};
    startEarlyRead(page);
    const early = takeEarlyRead(page);
    expect(early).not.toBeNull();
    expect(takeEarlyRead(page)).toBeNull();
    const rows = await readArticles(Promise.resolve(null), early);
    expect(rows).toHaveLength(POPUP_LIST_LIMIT);
    expect(rows).toEqual(await listRecentArticles(getDatabase(), POPUP_LIST_LIMIT));
  });

  it('reads through Dexie when the early read could not answer (an upgrade due, no database)', async () => {
    const rows = await readArticles(Promise.resolve(null), () => Promise.resolve(null));
    expect(rows).toEqual(await listRecentArticles(getDatabase(), POPUP_LIST_LIMIT));
    expect(rows).toHaveLength(POPUP_LIST_LIMIT);
  });
});

describe("the popup's first read with a snapshot stored", () => {
  const screen = Promise.resolve(firstScreenOf([makeRecord({ id: 1 })], 1));
  const neverPainted = () => new Promise<void>(() => undefined);

  it("opens the database only once the snapshot's rows are painted, then reads the rows", async () => {
    const read = vi.fn(() => Promise.resolve([makeRecord({ id: 1 })]));
    let paint!: () => void;
    const painted = new Promise<void>((done) => (paint = done));
    const rows = readArticles(screen, read, undefined, () => painted);
    await new Promise((done) => setTimeout(done, 0));
    expect(read).not.toHaveBeenCalled();
    paint();
    expect((await rows).map((row) => row.id)).toEqual([1]);
    expect(read).toHaveBeenCalledTimes(1);
  });

  it('reads the database at once when there is no snapshot to paint', async () => {
    const read = vi.fn(() => Promise.resolve([makeRecord({ id: 3 })]));
    const rows = await readArticles(Promise.resolve(null), read, undefined, neverPainted);
    expect(rows.map((row) => row.id)).toEqual([3]);
  });

  it('reads the database at once when the snapshot cannot be read', async () => {
    const read = vi.fn(() => Promise.resolve([makeRecord({ id: 4 })]));
    const rows = await readArticles(Promise.reject(new Error('storage')), read, undefined, neverPainted);
    expect(rows.map((row) => row.id)).toEqual([4]);
  });
});

describe("the popup's first rows", () => {
  const container = preactContainer();

  it('are in the first render when they came before it, and the effects still wait for the paint', async () => {
    const rows = [makeRecord({ id: 1, title: 'Read before the render' })];
    // Another hook's effect, as the popup's storage reads and tab queries are: Preact runs pending
    // effects at the start of any render before the paint, so a second render would run it too soon.
    let effectRan = false;
    function Popup() {
      const { articles, loaded } = useArticles(Promise.resolve(rows), {
        rows,
        fromDatabase: true,
        total: null,
      });
      useEffect(() => void (effectRan = true), []);
      return h('p', null, loaded ? articles.map((a) => a.title).join() : 'loading');
    }
    render(withMessages(h(Popup, null)), container());
    expect(container().textContent).toBe('Read before the render');
    // Microtasks only: what runs before the browser paints this first render.
    for (let i = 0; i < 5; i++) await Promise.resolve();
    expect(effectRan).toBe(false);
    expect(container().textContent).toBe('Read before the render');
  });

  it("are replaced by the database's when the snapshot's differ: a deleted article does not stay", async () => {
    const kept = makeRecord({ id: 2, title: 'Still saved' });
    const deleted = makeRecord({ id: 1, title: 'Deleted meanwhile' });
    let answer!: (rows: ArticleRecord[]) => void;
    const database = new Promise<ArticleRecord[]>((resolve) => (answer = resolve));
    function Popup() {
      const { articles } = useArticles(database, { rows: [kept, deleted], fromDatabase: false, total: 2 });
      return h('p', null, articles.map((a) => a.title).join());
    }
    render(withMessages(h(Popup, null)), container());
    expect(container().textContent).toBe('Still saved,Deleted meanwhile');
    answer([kept]);
    await vi.waitFor(() => expect(container().textContent).toBe('Still saved'));
  });

  it('keep the rows shown when the database shows the same ones: nothing is drawn again', async () => {
    const rows = [makeRecord({ id: 2, title: 'Newest' }), makeRecord({ id: 1, title: 'Older' })];
    const seen = new Set<unknown>();
    const database = Promise.resolve(rows.map((row) => ({ ...row })));
    function Popup() {
      const { articles } = useArticles(database, { rows, fromDatabase: false, total: 2 });
      seen.add(articles);
      return h('p', null, articles.map((a) => a.title).join());
    }
    render(withMessages(h(Popup, null)), container());
    await database;
    // Past the read's own callbacks: new rows would have been rendered by now.
    await new Promise((done) => setTimeout(done, 10));
    expect(container().textContent).toBe('Newest,Older');
    expect([...seen]).toEqual([rows]);
  });
});

describe("the popup header's total", () => {
  const container = preactContainer();

  it("is the snapshot's, in the first render", () => {
    const rows = [makeRecord({ id: 1, title: 'Newest' })];
    function Popup() {
      const { total } = useArticles(new Promise<ArticleRecord[]>(() => undefined), {
        rows,
        fromDatabase: false,
        total: 100_000,
      });
      return h('p', null, String(total));
    }
    render(withMessages(h(Popup, null)), container());
    expect(container().textContent).toBe('100000');
  });

  it('needs no count of every record when the snapshot shows what the database holds', async () => {
    const rows = [makeRecord({ id: 2 }), makeRecord({ id: 1 })];
    const store = vi.fn(() => Promise.reject(new Error('the store was loaded')));
    const total = await repairFirstScreen(
      Promise.resolve(rows),
      Promise.resolve(firstScreenOf(rows, 100_000)),
      store,
    );
    expect(total).toBe(100_000);
    expect(store).not.toHaveBeenCalled();
  });

  it('is the one written again when the snapshot missed a write', async () => {
    const rows = [makeRecord({ id: 3 }), makeRecord({ id: 2 })];
    const refreshFirstScreen = vi.fn(async () => true);
    const store = async () => ({ refreshFirstScreen, getDatabase }) as unknown as PopupStore;
    const total = await repairFirstScreen(
      Promise.resolve(rows),
      Promise.resolve(firstScreenOf(rows.slice(1), 7)),
      store,
      async () => firstScreenOf(rows, 8),
    );
    expect(refreshFirstScreen).toHaveBeenCalledTimes(1);
    expect(total).toBe(8);
  });
});
