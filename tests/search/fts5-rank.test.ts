import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { indexFtsArticles, prepareFtsTables, type IndexableArticle } from '../../lib/search/fts5-index';
import {
  COUNTED,
  estimateHolding,
  idfOf,
  installSampledRank,
  SAMPLED_BM25,
} from '../../lib/search/fts5-rank';
import { indexableArticle } from './indexable-article';

let sqlite3: Awaited<ReturnType<typeof sqlite3InitModule>>;
beforeAll(async () => {
  sqlite3 = await sqlite3InitModule();
});

/** An article of these tests: every third has an author. */
const article = (id: number, title: string, markdown: string, siteName?: string) =>
  indexableArticle(id, title, markdown, { siteName, authors: id % 3 === 0 ? ['Ana Okafor'] : [] });

function index(articles: IndexableArticle[]): Database {
  const db = new sqlite3.oo1.DB(':memory:');
  prepareFtsTables(db);
  installSampledRank(sqlite3, db);
  indexFtsArticles(db, articles);
  return db;
}

/** Each row's id and score from FTS5's own bm25() and from ours, for the same match. */
function bothScores(db: Database, match: string) {
  const scores = (fn: string) =>
    db.selectArrays(
      `SELECT rowid, ${fn}(docs, 4, 3, 2, 1) FROM docs WHERE docs MATCH ?1 ORDER BY rowid DESC`,
      [match],
    ) as [number, number][];
  return { theirs: scores('bm25'), ours: scores(SAMPLED_BM25) };
}

const WORDS = ['harbour', 'tide', 'ferry', 'gull', 'lighthouse', 'keeper', 'storm', 'quay', 'net', 'salt'];
/** Articles whose words repeat unevenly, so that scores differ from row to row. */
function varied(count: number): IndexableArticle[] {
  return Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: 20 + (i % 17) }, (_, j) => WORDS[(i * 7 + j * j) % WORDS.length]).join(
      ' ',
    );
    return article(
      i + 1,
      `${WORDS[i % WORDS.length]} report ${i % 4 === 0 ? 'lighthouse' : ''}`,
      body,
      i % 5 === 0 ? 'Harbour News' : undefined,
    );
  });
}

describe('the sampled BM25 ranking', () => {
  it('scores every row as FTS5’s bm25() does while each phrase’s articles are counted in full', () => {
    const db = index(varied(300));
    for (const match of [
      '"lighthouse"',
      '"lig"*',
      '"harbour" AND "storm"',
      '"gull" OR "ferry"',
      '{title authors site} : ("lighthouse")',
      '({body} : "tide ferry" OR {title authors site} : "harbour report")',
      '"okafor" AND "salt"',
    ]) {
      const { theirs, ours } = bothScores(db, match);
      expect(theirs.length, match).toBeGreaterThan(0);
      expect(ours.map(([id]) => id)).toEqual(theirs.map(([id]) => id));
      ours.forEach(([, score], i) =>
        expect(score, match).toBeCloseTo((theirs[i] as [number, number])[1], 10),
      );
    }
  });

  it('orders rows as bm25() does when a phrase is held by more articles than it counts', () => {
    // "sea" in every article, "storm" in every third (more than COUNTED, so estimated), "gale" in
    // every seventh (counted), each repeated unevenly: the order depends on how the two weigh.
    const count = 3 * COUNTED + 1000;
    const db = index(
      Array.from({ length: count }, (_, i) => {
        const storm = i % 3 === 0 ? ' storm'.repeat(1 + (i % 5)) : '';
        const gale = i % 7 === 0 ? ' gale'.repeat(1 + (i % 4)) : '';
        return article(i + 1, i % 11 === 0 ? 'Storm at sea' : 'Sea', `sea${storm}${gale} calm water`);
      }),
    );
    for (const match of ['"sea"', '"storm" OR "gale"', '"sea" AND ("storm" OR "gale")']) {
      const { theirs, ours } = bothScores(db, match);
      const order = (rows: [number, number][]) =>
        [...rows].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => id);
      expect(order(ours), match).toEqual(order(theirs));
    }
  });

  it('estimates a widely held phrase’s articles from how far into the library its counted ones reach', () => {
    // The COUNTED-th of a phrase in every other article is about half-way through twice as many ids.
    expect(estimateHolding(2 * COUNTED, 1, 4 * COUNTED, 4 * COUNTED)).toBe(2 * COUNTED);
    // Ids starting high (older ones deleted) count from the lowest.
    expect(estimateHolding(1000 + COUNTED, 1001, 1000 + 10 * COUNTED, 10 * COUNTED)).toBe(10 * COUNTED);
    // Never fewer than counted, nor more than there are.
    expect(estimateHolding(10 * COUNTED, 1, 4 * COUNTED, 4 * COUNTED)).toBe(COUNTED);
    expect(estimateHolding(1, 1, 4 * COUNTED, 3 * COUNTED)).toBe(3 * COUNTED);
    // bm25()'s IDF: rare phrases weigh more; a phrase in half the articles or more, almost nothing.
    expect(idfOf(100_000, 10)).toBeGreaterThan(idfOf(100_000, 1000));
    expect(idfOf(100_000, 60_000)).toBe(1e-6);
  });

  it('is installed once per connection, and a connection without it says so', () => {
    const db = index(varied(10));
    installSampledRank(sqlite3, db);
    expect(bothScores(db, '"harbour"').ours.length).toBeGreaterThan(0);
    const bare = new sqlite3.oo1.DB(':memory:');
    prepareFtsTables(bare);
    expect(() => bare.selectArrays(`SELECT ${SAMPLED_BM25}(docs) FROM docs WHERE docs MATCH 'x'`)).toThrow(
      /no such function/,
    );
  });
});
