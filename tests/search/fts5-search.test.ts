import sqlite3InitModule, { type Database } from '@sqlite.org/sqlite-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  FTS_SCHEMA_VERSION,
  ftsIndexBytes,
  indexFtsArticles,
  prepareFtsTables,
  readFtsIndexed,
  releaseFreePages,
  removeFtsArticles,
} from '../../lib/search/fts5-index';
import { RANKED, searchFts } from '../../lib/search/fts5-search';
import { installSampledRank } from '../../lib/search/fts5-rank';
import { highlightSegments } from '../../lib/search/highlight';
import { indexableArticle } from './indexable-article';

let sqlite3: Awaited<ReturnType<typeof sqlite3InitModule>>;
beforeAll(async () => {
  sqlite3 = await sqlite3InitModule();
});

const article = indexableArticle;

function emptyIndex(): Database {
  const db = new sqlite3.oo1.DB(':memory:');
  installSampledRank(sqlite3, db);
  expect(prepareFtsTables(db)).toBe(true);
  return db;
}

function library(): Database {
  const db = emptyIndex();
  indexFtsArticles(db, [
    article(1, 'Tides of the North Sea', 'Fishermen in Whitby talk about the *changing* tides.'),
    article(
      2,
      'Sourdough at home',
      'A starter needs flour, water and patience. See [tides](https://tides.example/whitby).',
      { authors: ['Ana Okafor'] },
    ),
    article(3, 'The Who live', 'A concert review.', { siteName: 'Music Weekly' }),
    article(4, 'Whitby harbour', 'Tides matter less here.'),
    article(5, "Baker's notes", "Don't knead it."),
  ]);
  return db;
}

const ids = (db: Database, q: string) => searchFts(db, q, true).hits.map((h) => h.id);

describe('searchFts', () => {
  it('finds a word that only appears in a body', () => {
    expect(ids(library(), 'patience')).toEqual([2]);
  });

  it('requires every word and ranks a title match above a body match', () => {
    expect(ids(library(), 'whitby tides')).toEqual([4, 1]);
  });

  it('matches the word still being typed as a prefix from its third letter, not a finished word', () => {
    const db = library();
    expect(ids(db, 'sourd')).toEqual([2]);
    expect(ids(db, 'sourd ')).toEqual([]);
    expect(ids(db, 'wh')).toEqual([]);
  });

  it('finds every word a longer prefix stands for, however many there are', () => {
    const db = emptyIndex();
    const words = ['harbour', 'harbours', 'harboured', 'harbourside', 'harbourmaster', 'harbouring'];
    const more = ['harbourage', 'harbourless', 'harbourer', 'harbourwall'];
    indexFtsArticles(
      db,
      [...words, ...more].map((word, i) => article(i + 1, `Story ${i + 1}`, `Down at the ${word}.`)),
    );
    // Ten words start with "harb": more than are spelled out, so FTS5 matches the prefix itself.
    expect(ids(db, 'harb').sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(ids(db, 'harbourm')).toEqual([5]);
    expect(ids(db, 'story harbo').length).toBe(10);
  });

  it('searches authors and sites, and reads apostrophes as the tokenizer does', () => {
    const db = library();
    expect(ids(db, 'okafor')).toEqual([2]);
    expect(ids(db, 'music weekly')).toEqual([3]);
    expect(ids(db, 'baker')).toEqual([5]);
    expect(ids(db, "don't")).toEqual([5]);
  });

  it('ignores link addresses in bodies and still finds titles made only of function words', () => {
    const db = library();
    expect(ids(db, 'whitby')).not.toContain(2);
    expect(ids(db, 'the who')).toEqual([3]);
  });

  it('matches a four-letter prefix to the words it starts only, titles first, as articles change', () => {
    const db = emptyIndex();
    indexFtsArticles(db, [
      article(1, 'Notes', 'The economy of Whitby.'),
      article(2, 'Ecology of the moors', 'Heather and grouse.'),
      article(3, 'Economics for fishermen', 'Quotas.'),
      article(4, 'Moors', 'An ecosystem of heather, and economies of scale.'),
    ]);
    expect(ids(db, 'econ')).toEqual([3, 4, 1]);
    expect(ids(db, 'ecol')).toEqual([2]);
    expect(ids(db, 'heather econ')).toEqual([4]);
    expect(ids(db, 'econ ')).toEqual([]);
    removeFtsArticles(db, [3]);
    indexFtsArticles(db, [article(4, 'Moors', 'An ecosystem of heather.')]);
    expect(ids(db, 'econ')).toEqual([1]);
    expect(ids(db, 'ecos')).toEqual([4]);
  });

  it('reports a prefix so that every word it stands for is highlighted', () => {
    const [hit] = searchFts(library(), 'whitby chang', true).hits;
    const marked = highlightSegments('Whitby: changing, changed, unchanged tides', hit?.terms ?? [])
      .filter((s) => s.match)
      .map((s) => s.text);
    expect(marked).toEqual(['Whitby', 'changing', 'changed']);
  });

  it('takes anything typed as words, never as query syntax', () => {
    const db = library();
    // "or" is a function word here, left out as it is from bodies; the unclosed quote is a phrase.
    expect(ids(db, 'tides OR "sourdough')).toEqual([2]);
    expect(ids(db, 'title: NEAR( tides')).toEqual([]);
    expect(ids(db, '"north sea" tides')).toEqual([1]);
  });

  it('matches a quoted phrase word for word, function words included, in a body or whole in a title', () => {
    const db = library();
    indexFtsArticles(db, [
      article(6, 'Fleet news', 'Ships of the north sea fleet came home.'),
      article(7, 'Calm water', 'The sea to the north is calm.'),
      article(8, 'North of the Sea', 'A film.'),
      // The words in order, but a function word between them: not the phrase.
      article(9, 'A walk', 'We went north, by the sea.'),
      article(10, 'Ferry times', 'The boat to the north of the sea leaves at noon.'),
    ]);
    expect(ids(db, '"north sea"').sort()).toEqual([1, 6]);
    expect(ids(db, '"tides of the north"')).toEqual([1]);
    expect(ids(db, '"north of the sea"').sort((a, b) => a - b)).toEqual([8, 10]);
    expect(ids(db, '"north by the sea"')).toEqual([9]);
    expect(ids(db, '"to the north"').sort((a, b) => a - b)).toEqual([7, 10]);
  });

  it('finds a phrase made only of function words in a body', () => {
    const db = library();
    indexFtsArticles(db, [article(6, 'Concert', 'They say the who played here.')]);
    expect(ids(db, '"the who"').sort((a, b) => a - b)).toEqual([3, 6]);
    expect(ids(db, 'the who')).toEqual([3]);
  });

  it('finds a phrase in a highlight note as in the text', () => {
    const db = emptyIndex();
    indexFtsArticles(db, [
      { ...article(1, 'Ferries', 'Boats leave at noon.'), notes: 'Ask about the night crossing.' },
    ]);
    expect(ids(db, '"the night crossing"')).toEqual([1]);
    expect(ids(db, '"night the crossing"')).toEqual([]);
  });

  it('forgets removed articles and updates replaced ones, and remembers what it indexed', () => {
    const db = library();
    removeFtsArticles(db, [2]);
    indexFtsArticles(db, [{ ...article(4, 'Whitby harbour', 'Now about sourdough.'), stamp: 'later' }]);
    expect(ids(db, 'sourdough')).toEqual([4]);
    expect(ids(db, 'matter')).toEqual([]);
    const { indexed, unreadable } = readFtsIndexed(db);
    expect([...indexed.keys()].sort()).toEqual([1, 3, 4, 5]);
    expect(indexed.get(4)).toBe('later');
    expect(unreadable.size).toBe(0);
  });

  it('indexes an article whose text cannot be read by its title, and says so', () => {
    const db = emptyIndex();
    const broken = { ...article(9, 'Puffin census', ''), markdown: null as unknown as string };
    expect(indexFtsArticles(db, [broken, article(10, 'Other', 'Puffins nest here.')])).toEqual([9]);
    expect(ids(db, 'puffin census')).toEqual([9]);
    expect(readFtsIndexed(db).unreadable).toEqual(new Set([9]));
  });

  it('gives back the space an index of another version took when it starts anew', () => {
    const db = emptyIndex();
    const fresh = ftsIndexBytes(db);
    const text = (id: number) => Array.from({ length: 300 }, (_, j) => `w${id}x${j}`).join(' ');
    indexFtsArticles(
      db,
      Array.from({ length: 100 }, (_, i) => article(i + 1, `Story ${i}`, text(i))),
    );
    expect(ftsIndexBytes(db)).toBeGreaterThan(fresh * 4);
    db.exec(`PRAGMA user_version = ${FTS_SCHEMA_VERSION - 1}`);
    expect(prepareFtsTables(db)).toBe(true);
    expect(ftsIndexBytes(db)).toBe(fresh);
  });

  it('gives back the space of removed articles once a pass is done', () => {
    const db = emptyIndex();
    const text = (id: number) => Array.from({ length: 300 }, (_, j) => `w${id}x${j}`).join(' ');
    indexFtsArticles(db, [article(1, 'Kept', 'A short note.')]);
    const small = ftsIndexBytes(db);
    const many = Array.from({ length: 100 }, (_, i) => article(i + 2, `Story ${i}`, text(i)));
    indexFtsArticles(db, many);
    removeFtsArticles(
      db,
      many.map((a) => a.id),
    );
    db.exec(`INSERT INTO docs(docs) VALUES ('optimize'); INSERT INTO stems(stems) VALUES ('optimize')`);
    releaseFreePages(db);
    expect(ftsIndexBytes(db)).toBeLessThan(small * 2);
    expect(ids(db, 'short')).toEqual([1]);
  });

  it('keeps its tables across opens and recreates them for another version', () => {
    const db = library();
    expect(prepareFtsTables(db)).toBe(false);
    db.exec(`PRAGMA user_version = ${FTS_SCHEMA_VERSION + 1}`);
    expect(prepareFtsTables(db)).toBe(true);
    expect(ids(db, 'tides')).toEqual([]);
  });
});

describe('a common word (top-k)', () => {
  // Every article mentions lighthouses; one old article has the word in its title.
  const COUNT = RANKED * 2 + 500;
  function big(): Database {
    const db = emptyIndex();
    const all = [];
    for (let id = 1; id <= COUNT; id++)
      all.push(
        article(id, id === 7 ? 'Lighthouses of Brittany' : `Entry ${id}`, `Note ${id} about lighthouses.`),
      );
    indexFtsArticles(db, all);
    return db;
  }

  it('ranks a head without scoring every match, the old title match first, and lists the rest when asked', () => {
    const db = big();
    const head = searchFts(db, 'lighthouses', false);
    expect(head.more).toBe(true);
    expect(head.hits.length).toBeLessThan(COUNT / 2);
    expect(head.hits[0]?.id).toBe(7);
    const whole = searchFts(db, 'lighthouses', true);
    expect(whole.more).toBe(false);
    expect(whole.hits.map((h) => h.id).slice(0, head.hits.length)).toEqual(head.hits.map((h) => h.id));
    expect(new Set(whole.hits.map((h) => h.id)).size).toBe(COUNT);
  });

  it('cuts a common 4-letter prefix the same way, without the words that share only its first 3 letters', () => {
    const db = big();
    // An old title that starts with the same 3 letters, and a new body.
    indexFtsArticles(db, [article(3, 'Ligatures in type', 'Old presses.')]);
    indexFtsArticles(db, [article(COUNT + 1, 'Type', 'Ligatures again.')]);
    const head = searchFts(db, 'ligh', false);
    expect(head.more).toBe(true);
    expect(head.hits[0]?.id).toBe(7);
    // The newest RANKED articles holding the prefix are all in the head (the newest, COUNT + 1, does not hold it).
    const newest = Array.from({ length: RANKED }, (_, i) => COUNT - i);
    expect(head.hits.map((h) => h.id)).toEqual(expect.arrayContaining(newest));
    const whole = searchFts(db, 'ligh', true).hits.map((h) => h.id);
    expect(whole.slice(0, head.hits.length)).toEqual(head.hits.map((h) => h.id));
    expect(new Set(whole)).toEqual(
      new Set(Array.from({ length: COUNT }, (_, i) => i + 1).filter((id) => id !== 3)),
    );
    expect(searchFts(db, 'liga', true).hits.map((h) => h.id)).toEqual([3, COUNT + 1]);
  });
});
