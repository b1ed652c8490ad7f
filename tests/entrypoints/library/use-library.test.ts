import 'fake-indexeddb/auto';
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { FIRST_PAGE, startEarlyRead, takeEarlyRead } from '../../../entrypoints/library/early-read';
import { readFirstRows, useLibrary } from '../../../entrypoints/library/use-library';
import type { ArticleRecord } from '../../../lib/article';
import { listRecentArticles } from '../../../lib/platform/store/article-store';
import { getDatabase } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { makeArticle } from '../../articles/article-factory';
import { preactContainer } from '../../harness/preact-container';

// The search worker is not what these tests look at: one that never answers.
vi.mock('../../../entrypoints/library/search-worker?worker', () => ({
  default: function SearchWorker() {
    return { postMessage() {}, terminate() {}, onmessage: null };
  },
}));

const container = preactContainer();
/** The titles each render of the page listed, in order. */
const renders: string[][] = [];
function Page(props: Parameters<typeof useLibrary>[0]) {
  const { records } = useLibrary(props);
  renders.push(records.map((r) => r.title));
  return h('p', null, String(records.length));
}

async function store(count: number) {
  const db = getDatabase();
  for (let i = 0; i < count; i++) {
    const capturedAt = `2026-05-${String(1 + (i % 28)).padStart(2, '0')}T09:${String(i % 60).padStart(2, '0')}:00.000Z`;
    const article = makeArticle({
      canonicalUrl: `https://news.example/${i}`,
      title: `Story ${i}`,
      capturedAt,
    });
    await saveArticle(db, article, { replace: false });
  }
}

describe("the library's first rows", () => {
  it('are in its first render when the head script read them in time, the newest first', async () => {
    await store(FIRST_PAGE + 3);
    const page = {};
    startEarlyRead(page);
    const firstRead = readFirstRows(getDatabase, takeEarlyRead(page));
    const firstRows: ArticleRecord[] = await firstRead;
    const newest = await listRecentArticles(getDatabase(), FIRST_PAGE);
    expect(firstRows).toEqual(newest);
    act(() => render(h(Page, { firstRead, firstRows }), container()));
    expect(renders[0]).toEqual(newest.map((r) => r.title));
    // Then every record, as before.
    await vi.waitFor(() => expect(container().textContent).toBe(String(FIRST_PAGE + 3)));
  });

  it('follow the first render when they were not read in time', async () => {
    renders.length = 0;
    const firstRead = readFirstRows(getDatabase);
    act(() => render(h(Page, { firstRead }), container()));
    expect(renders[0]).toEqual([]);
    await vi.waitFor(() => expect(container().textContent).toBe(String(FIRST_PAGE + 3)));
  });
});
