import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { describe, expect, it } from 'vitest';
import { indexFtsArticles, prepareFtsTables } from '../../lib/search/fts5-index';
import { isMergeDue, markMergeDue, MERGE_AFTER_ARTICLES, mergeFtsStep } from '../../lib/search/fts5-merge';
import { installSampledRank } from '../../lib/search/fts5-rank';
import { searchFts } from '../../lib/search/fts5-search';
import { indexableArticle } from './indexable-article';

const sqlite3 = await sqlite3InitModule();

const WORDS = [
  'harbour',
  'lantern',
  'cormorant',
  'granite',
  'tide',
  'ferry',
  'kelp',
  'beacon',
  'gull',
  'pier',
];

/** Bodies of varied words, the same for the same id, so the ranking has something to tell apart. */
function body(id: number): string {
  const words: string[] = [];
  for (let i = 0; i < 60; i++) words.push(WORDS[(id * 7 + i * i) % WORDS.length] ?? 'sea');
  return `The ${words.join(' ')} of the coast, number ${id}.`;
}

/** An index of `count` articles written in batches of 50, one transaction each, as passes write them. */
function builtIndex(count: number): Database {
  const db = new sqlite3.oo1.DB(':memory:');
  installSampledRank(sqlite3, db);
  prepareFtsTables(db);
  for (let start = 1; start <= count; start += 50) {
    const batch = [];
    for (let id = start; id < Math.min(count + 1, start + 50); id++)
      batch.push(indexableArticle(id, `Coast note ${id} ${WORDS[id % WORDS.length]}`, body(id)));
    indexFtsArticles(db, batch);
  }
  return db;
}

const segments = (db: Database, table: string) =>
  Number(db.selectValue(`SELECT count(DISTINCT segid) FROM ${table}_idx`));

const QUERIES = ['harbour', 'cormorant kelp', 'lant', '"tide ferry"', 'beacon -gull', 'number'];

/** What a reader sees for each query: the ranked ids of the head, and whether more match. */
const answers = (db: Database) =>
  QUERIES.map((query) => {
    const answer = searchFts(db, query, false);
    return { query, ids: answer.hits.map((h) => h.id), more: answer.more };
  });

/** Runs merge steps until the merge says it is done; returns how many it took. */
function mergeAll(db: Database): number {
  for (let steps = 1; steps < 10_000; steps++) if (mergeFtsStep(db)) return steps;
  throw new Error('The merge did not end.');
}

describe('merging the index into one segment', () => {
  it('leaves one segment per table and every search answering as before', () => {
    const db = builtIndex(600);
    expect(segments(db, 'docs')).toBeGreaterThan(1);
    expect(segments(db, 'stems')).toBeGreaterThan(1);
    const before = answers(db);
    expect(before.every((a) => a.ids.length > 0)).toBe(true);

    markMergeDue(db);
    expect(isMergeDue(db)).toBe(true);
    expect(mergeAll(db)).toBeGreaterThan(1);

    expect(segments(db, 'docs')).toBe(1);
    expect(segments(db, 'stems')).toBe(1);
    expect(answers(db)).toEqual(before);
    expect(isMergeDue(db)).toBe(false);
  });

  it('writes nothing once the index is in one segment', () => {
    const db = builtIndex(200);
    markMergeDue(db);
    mergeAll(db);
    const pages = db.selectValue('PRAGMA page_count');
    const changes = Number(db.changes(true));
    // Another step finds nothing to do: it does not write the index again.
    expect(mergeFtsStep(db)).toBe(true);
    expect(Number(db.changes(true)) - changes).toBeLessThan(4);
    expect(db.selectValue('PRAGMA page_count')).toBe(pages);
  });

  it('goes on from where it was cut short, with captures made in between', () => {
    const db = builtIndex(600);
    markMergeDue(db);
    expect(mergeFtsStep(db)).toBe(false);
    indexFtsArticles(db, [indexableArticle(601, 'Late note', 'A lantern by the quay.')]);
    expect(isMergeDue(db)).toBe(true);
    mergeAll(db);
    expect(segments(db, 'docs')).toBe(1);
    expect(searchFts(db, 'quay', false).hits.map((h) => h.id)).toEqual([601]);
  });
});

describe('an index built before merges were kept track of', () => {
  /** An index of this version as an earlier build left it: no merge_due table. */
  const olderIndex = (count: number) => {
    const db = builtIndex(count);
    db.exec('DROP TABLE merge_due');
    return db;
  };

  it('is due for one merge when it holds a large library', () => {
    const db = olderIndex(MERGE_AFTER_ARTICLES);
    expect(prepareFtsTables(db)).toBe(false);
    expect(isMergeDue(db)).toBe(true);
    mergeAll(db);
    // The next open does not ask again.
    expect(prepareFtsTables(db)).toBe(false);
    expect(isMergeDue(db)).toBe(false);
  });

  it('is left as it is when it holds a small one', () => {
    const db = olderIndex(MERGE_AFTER_ARTICLES - 1);
    expect(prepareFtsTables(db)).toBe(false);
    expect(isMergeDue(db)).toBe(false);
  });
});
