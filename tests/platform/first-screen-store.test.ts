import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  FIRST_SCREEN_KEY,
  FIRST_SCREEN_VERSION,
  POPUP_LIST_LIMIT,
  parseFirstScreen,
} from '../../lib/first-screen/first-screen';
import {
  firstScreenRefresher,
  refreshFirstScreen,
  type FirstScreenLock,
} from '../../lib/platform/first-screen-store';
import type { FirstScreenArea } from '../../lib/platform/read-first-screen';
import { deleteArticle } from '../../lib/platform/store/article-store';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { setArticleStatus } from '../../lib/platform/store/reading-state-store';
import { openTestDatabase, storeArticle } from './test-database';

const area = fakeBrowser.storage.local as unknown as FirstScreenArea;
const stored = async () => parseFirstScreen((await area.get(FIRST_SCREEN_KEY))[FIRST_SCREEN_KEY]);
const titles = async () => (await stored())?.rows.map((r) => r.title);

/** The Web Locks' promise, as one context sees it: each request runs after the one before has ended. */
function queueLock(requested: () => void = () => undefined): FirstScreenLock {
  let tail: Promise<unknown> = Promise.resolve();
  let requests = 0;
  return {
    request<T>(_name: string, work: () => Promise<T>) {
      if (++requests > 1) requested();
      const run = tail.then(work);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

let db: CleanCaptureDb;
beforeEach(() => {
  fakeBrowser.reset();
  db = openTestDatabase();
});

const day = (d: number) => `2026-05-${String(d).padStart(2, '0')}T09:00:00.000Z`;

describe("refreshing the popup's first screen", () => {
  it('writes the newest articles, newest first, and writes nothing again while they stay the same', async () => {
    await storeArticle(db, { title: 'Older', canonicalUrl: 'https://a.example/1', capturedAt: day(1) });
    await storeArticle(db, { title: 'Newer', canonicalUrl: 'https://a.example/2', capturedAt: day(2) });
    expect(await refreshFirstScreen(db, area, null)).toBe(true);
    expect(await titles()).toEqual(['Newer', 'Older']);
    expect(await refreshFirstScreen(db, area, null)).toBe(false);
  });

  it('follows a delete and a change of reading state', async () => {
    const gone = await storeArticle(db, {
      title: 'Deleted',
      canonicalUrl: 'https://a.example/1',
      capturedAt: day(1),
    });
    const read = await storeArticle(db, {
      title: 'Read',
      canonicalUrl: 'https://a.example/2',
      capturedAt: day(2),
    });
    await refreshFirstScreen(db, area, null);
    await deleteArticle(db, gone);
    await setArticleStatus(db, [read], 'read');
    expect(await refreshFirstScreen(db, area, null)).toBe(true);
    expect((await stored())?.rows.map((r) => [r.title, r.status])).toEqual([['Read', 'read']]);
  });

  it('keeps how many are stored, and writes again when only that changed (an older article deleted)', async () => {
    const oldest = await storeArticle(db, {
      title: 'Oldest',
      canonicalUrl: 'https://a.example/0',
      capturedAt: day(1),
    });
    for (let i = 1; i <= POPUP_LIST_LIMIT; i++)
      await storeArticle(db, {
        title: `New ${i}`,
        canonicalUrl: `https://a.example/${i}`,
        capturedAt: day(2),
      });
    await refreshFirstScreen(db, area, null);
    expect((await stored())?.total).toBe(POPUP_LIST_LIMIT + 1);
    const rows = (await stored())?.rows;
    await deleteArticle(db, oldest);
    expect(await refreshFirstScreen(db, area, null)).toBe(true);
    expect((await stored())?.rows).toEqual(rows);
    expect((await stored())?.total).toBe(POPUP_LIST_LIMIT);
  });

  it('keeps the stored total without counting every record after a write that added or removed none', async () => {
    const read = await storeArticle(db, {
      title: 'Read',
      canonicalUrl: 'https://a.example/1',
      capturedAt: day(1),
    });
    await storeArticle(db, { title: 'Unread', canonicalUrl: 'https://a.example/2', capturedAt: day(2) });
    await refreshFirstScreen(db, area, null);
    const count = vi.spyOn(db.articles, 'count');
    await setArticleStatus(db, [read], 'read');
    expect(await refreshFirstScreen(db, area, null, { recount: false })).toBe(true);
    expect(count).not.toHaveBeenCalled();
    expect((await stored())?.rows.map((r) => [r.title, r.status])).toEqual([
      ['Unread', 'unread'],
      ['Read', 'read'],
    ]);
    expect((await stored())?.total).toBe(2);
  });

  it('counts when asked not to but no snapshot holds a total yet', async () => {
    await storeArticle(db, { title: 'Only', capturedAt: day(1) });
    expect(await refreshFirstScreen(db, area, null, { recount: false })).toBe(true);
    expect((await stored())?.total).toBe(1);
  });

  it('rebuilds a snapshot of another format version', async () => {
    await storeArticle(db, { title: 'Kept', capturedAt: day(1) });
    await area.set({ [FIRST_SCREEN_KEY]: { version: FIRST_SCREEN_VERSION - 1, rows: [] } });
    expect(await refreshFirstScreen(db, area, null)).toBe(true);
    expect(await titles()).toEqual(['Kept']);
  });

  it('never lets a writer that read the database earlier overwrite one that read it later', async () => {
    await storeArticle(db, { title: 'First', canonicalUrl: 'https://a.example/1', capturedAt: day(1) });
    // The first writer is held after its read of the database (as a slow storage call would hold
    // it) until the second one has written, or is waiting for the lock.
    let reached!: () => void;
    const atGate = new Promise<void>((resolve) => (reached = resolve));
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let held = false;
    const slow: FirstScreenArea = {
      get: async (key) => {
        if (!held) {
          held = true;
          reached();
          await gate;
        }
        return area.get(key);
      },
      set: async (items) => {
        await area.set(items);
        release();
      },
    };
    const lock = queueLock(() => release());
    const earlier = refreshFirstScreen(db, slow, lock);
    await atGate;
    // Meanwhile a capture is stored, and its own refresh starts.
    await storeArticle(db, { title: 'Second', canonicalUrl: 'https://a.example/2', capturedAt: day(2) });
    const later = refreshFirstScreen(db, slow, lock);
    await Promise.all([earlier, later]);
    expect(await titles()).toEqual(['Second', 'First']);
  });
});

describe('the refresher of one context', () => {
  it('runs one refresh at a time, and one more after it for the writes that came meanwhile', async () => {
    let runs = 0;
    let finish!: () => void;
    const refresh = firstScreenRefresher(async () => {
      runs++;
      if (runs === 1) await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = refresh(true);
    void refresh(true);
    void refresh(true);
    const last = refresh(true);
    expect(runs).toBe(1);
    finish();
    await Promise.all([first, last]);
    expect(runs).toBe(2);
    await refresh(true);
    expect(runs).toBe(3);
  });

  it('counts again in the next refresh when any of the writes it covers may have added or removed articles', async () => {
    const recounts: boolean[] = [];
    let finish!: () => void;
    const refresh = firstScreenRefresher(async (recount) => {
      recounts.push(recount);
      if (recounts.length === 1) await new Promise<void>((resolve) => (finish = resolve));
    });
    const first = refresh(false);
    void refresh(false);
    const last = refresh(true);
    finish();
    await Promise.all([first, last]);
    await refresh(false);
    expect(recounts).toEqual([false, true, false]);
  });

  it('goes on after a refresh that failed', async () => {
    let runs = 0;
    const refresh = firstScreenRefresher(async () => {
      runs++;
      throw new Error('storage full');
    });
    await refresh(true);
    await refresh(true);
    expect(runs).toBe(2);
  });
});
