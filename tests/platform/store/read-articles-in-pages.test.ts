import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../../lib/article';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import {
  listAllArticles,
  listAllArticlesInPages,
  readArticlesInPages,
} from '../../../lib/platform/store/library-store';
import { openTestDatabase, storeArticle } from '../test-database';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

/** Stores one article a day of `month` (2026), each at its own address on `host`. */
async function storeOnDays(host: string, month: string, days: readonly string[]): Promise<void> {
  for (const [i, day] of days.entries())
    await storeArticle(db, {
      canonicalUrl: `https://${host}/${i}`,
      capturedAt: `2026-${month}-${day}T00:00:00.000Z`,
    });
}

async function pagesOf(size: number): Promise<ArticleRecord[][]> {
  const pages: ArticleRecord[][] = [];
  for await (const page of readArticlesInPages(db, size)) pages.push(page);
  return pages;
}

describe('readArticlesInPages', () => {
  it('gives every article once, newest first, in the order of the whole list', async () => {
    // Three captured in the same millisecond, where a page of 3 would cut them.
    const times = ['01', '05', '03', '03', '03', '04', '02'];
    await storeOnDays('a.example', '05', times);
    const pages = await pagesOf(3);
    expect(pages.flat().map((r) => r.id)).toEqual((await listAllArticles(db)).map((r) => r.id));
    expect(pages.length).toBeGreaterThan(1);
    for (const record of pages.flat()) expect(record).not.toHaveProperty('markdown');
  });

  it('keeps articles of the same time in one page even when they outnumber a page', async () => {
    for (let i = 0; i < 5; i++)
      await storeArticle(db, {
        canonicalUrl: `https://b.example/${i}`,
        capturedAt: '2026-05-01T00:00:00.000Z',
      });
    await storeArticle(db, { canonicalUrl: 'https://b.example/new', capturedAt: '2026-05-02T00:00:00.000Z' });
    const pages = await pagesOf(2);
    expect(pages.map((p) => p.length)).toEqual([6]);
    expect(pages.flat().map((r) => r.id)).toEqual((await listAllArticles(db)).map((r) => r.id));
  });

  it('keeps a run of equal times at a page edge together, and ends on a last page the library fills exactly', async () => {
    // Pages of 3: the third and fourth newest share a time, which the first page's edge must not split.
    const times = ['06', '05', '04', '04', '02', '01', '03'];
    await storeOnDays('d.example', '07', times);
    const pages = await pagesOf(3);
    expect(pages.map((p) => p.map((r) => r.capturedAt.slice(8, 10)))).toEqual([
      ['06', '05', '04', '04'],
      ['03', '02', '01'],
    ]);
    expect(pages.flat().map((r) => r.id)).toEqual((await listAllArticles(db)).map((r) => r.id));
  });

  it('gives no page for an empty library', async () => {
    expect(await pagesOf(10)).toEqual([]);
  });
});

describe('listAllArticlesInPages', () => {
  it('gives the same records, in the same order, as the one-read list, over several pages and a tie', async () => {
    const times = ['01', '05', '03', '03', '03', '04', '02', '06'];
    await storeOnDays('c.example', '06', times);
    expect(await listAllArticlesInPages(db, 3)).toStrictEqual(await listAllArticles(db));
    expect(await listAllArticlesInPages(db)).toStrictEqual(await listAllArticles(db));
  });
});
