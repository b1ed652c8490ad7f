import type { Database } from '@sqlite.org/sqlite-wasm';
import type { SearchableArticle } from './article-search';
import { bodyWord } from './body-word';
import { markMergeDue, MERGE_AFTER_ARTICLES, MERGE_STATE } from './fts5-merge';
import { tokenize } from './parse-query';
import { stripMarkdown } from '../markdown/markdown-to-plain-text';

/**
 * The library's full-text index as SQLite FTS5 tables, on any SQLite database handed in (OPFS in the
 * browser's search worker, memory in tests). Bump the version when the tables or the way text is
 * put in them change: a database of another version is emptied and rebuilt.
 */
export const FTS_SCHEMA_VERSION = 4;

// Contentless: the articles are stored already, the index keeps only what a search needs. The text
// goes in as our own tokens (so the index, the query and the highlighter agree on what a word is,
// apostrophes included); in bodies each function word is a short stand-in (body-word.ts), so quoted
// phrases are matched by FTS5 with its positions, exactly. detail=column would halve the index, but
// bm25() then scores every row of a contentless table 0 (SQLite 3.54), and phrases need positions.
// A prefix index for the word still being typed: FTS5 reads one only for a prefix of exactly its
// length, and without one it gathers every posting of every word the prefix stands for before the
// first row (a second at 100,000 articles). Longer prefixes stand for few words (see fts5-match.ts).
export const PREFIX_LENGTHS = [3];
/**
 * The length of the words in the `stems` table, which lists for each article the distinct 4-letter
 * beginnings of its words, without positions (detail=none). A 4-letter prefix index in `docs` held
 * every position of every word once more (3.3 of 9.5 KB an article, issue 16); the stems take about
 * 0.5 KB. A 4-letter prefix is read as its 3-letter prefix, ranked by bm25(), among the articles
 * whose stems hold it (fts5-search.ts).
 */
export const STEM_LENGTH = 4;
const TOKENIZE = `tokenize = "unicode61 remove_diacritics 0 tokenchars '''’'"`;
const SCHEMA = `
  CREATE VIRTUAL TABLE docs USING fts5(title, authors, site, body,
    ${TOKENIZE}, prefix = '${PREFIX_LENGTHS.join(' ')}', content = '', contentless_delete = 1);
  CREATE VIRTUAL TABLE stems USING fts5(stem, ${TOKENIZE}, detail = none, content = '', contentless_delete = 1);
  CREATE TABLE indexed(id INTEGER PRIMARY KEY, stamp TEXT NOT NULL, readable INTEGER NOT NULL);
  PRAGMA user_version = ${FTS_SCHEMA_VERSION};`;

// What each pass asks of the `indexed` table (fts5-indexed-stamps.ts): the newest stamps, those
// that carry notes' times, the articles whose text could not be read. Without these indexes each
// question read all its rows (100,000 at a time, at every library open); with them, only the rows
// it returns. They change no answer, so an index made before them gains them as it opens, with no
// rebuild (no version bump); the query texts in fts5-indexed-stamps.ts must match their WHERE.
// The last, of one small column, is what `count(*)` walks (SQLite counts on its smallest index):
// the stamps' index is as large as the table, and counting it was the worker's largest step
// between opening the index and saying it is ready (100–230 ms at 100,000 on a slow machine).
const LOOKUPS = `
  CREATE INDEX IF NOT EXISTS indexed_by_stamp ON indexed(stamp);
  CREATE INDEX IF NOT EXISTS indexed_with_notes ON indexed(stamp) WHERE instr(stamp, ' ') > 0;
  CREATE INDEX IF NOT EXISTS indexed_unreadable ON indexed(id) WHERE readable = 0;
  CREATE INDEX IF NOT EXISTS indexed_count ON indexed(readable);`;

/**
 * An article as the index takes it: its text (highlights and notes included), and a stamp of the
 * capture and annotations it was read from, kept to tell when it must be indexed again.
 */
export type IndexableArticle = SearchableArticle & { stamp: string };

/**
 * Makes sure the database holds this version's tables. Returns true when it had to create them (a
 * new, damaged or older index): every article must then be indexed again.
 */
export function prepareFtsTables(db: Database): boolean {
  const version = db.selectValue('PRAGMA user_version');
  const tables = new Set(
    db.selectValues(`SELECT name FROM sqlite_schema WHERE name IN ('docs', 'stems', 'indexed', 'merge_due')`),
  );
  if (version === FTS_SCHEMA_VERSION && tables.has('docs') && tables.has('stems') && tables.has('indexed')) {
    db.exec(LOOKUPS + MERGE_STATE);
    // An index built before merges were kept track of may be in many large segments: merge it once.
    if (
      !tables.has('merge_due') &&
      Number(db.selectValue('SELECT count(*) FROM indexed')) >= MERGE_AFTER_ARTICLES
    )
      markMergeDue(db);
    return false;
  }
  db.exec(
    'DROP TABLE IF EXISTS docs; DROP TABLE IF EXISTS stems; DROP TABLE IF EXISTS indexed; DROP TABLE IF EXISTS merge_due;',
  );
  // SQLite keeps a dropped table's pages in the file, for reuse: an older index (a tenth larger at
  // version 3) would keep the file at its size. VACUUM gives them back while the file is empty, and
  // switches on incremental vacuuming, so what FTS5's merges free later can be given back too.
  db.exec('PRAGMA auto_vacuum = INCREMENTAL; VACUUM;');
  db.transaction(() => {
    db.exec(SCHEMA);
    db.exec(LOOKUPS + MERGE_STATE);
  });
  return true;
}

const words = (text: string) => tokenize(text).join(' ');

/** The four columns of an article, as tokens; throws when its Markdown cannot be read. */
function columns(article: SearchableArticle, withBody: boolean): string[] {
  // Highlights and notes are searched as part of the body, even when the Markdown cannot be read.
  const text = withBody ? stripMarkdown(article.markdown) : '';
  const body = tokenize(article.notes ? `${text}\n${article.notes}` : text)
    .map(bodyWord)
    .join(' ');
  return [words(article.title), words(article.authors.join(', ')), words(article.siteName ?? ''), body];
}

/** The distinct stems of the words in these columns (function words' stand-ins are too short). */
function stemsOf(fields: readonly string[]): string {
  const stems = new Set<string>();
  for (const field of fields)
    for (const word of field.split(' ')) {
      const letters = [...word];
      if (letters.length >= STEM_LENGTH) stems.add(letters.slice(0, STEM_LENGTH).join(''));
    }
  return [...stems].join(' ');
}

/**
 * Indexes these articles (replacing the copy of any indexed before) in one transaction, and
 * returns the ids of those whose text could not be read: they are found by title, authors and site.
 */
export function indexFtsArticles(db: Database, articles: readonly IndexableArticle[]): number[] {
  const unreadable: number[] = [];
  db.transaction(() => {
    const drop = db.prepare('DELETE FROM docs WHERE rowid = ?');
    const add = db.prepare('INSERT INTO docs(rowid, title, authors, site, body) VALUES (?, ?, ?, ?, ?)');
    const dropStems = db.prepare('DELETE FROM stems WHERE rowid = ?');
    const addStems = db.prepare('INSERT INTO stems(rowid, stem) VALUES (?, ?)');
    const note = db.prepare('INSERT OR REPLACE INTO indexed(id, stamp, readable) VALUES (?, ?, ?)');
    try {
      for (const article of articles) {
        let fields: string[];
        let readable = true;
        try {
          fields = columns(article, true);
        } catch {
          fields = columns(article, false);
          readable = false;
          unreadable.push(article.id);
        }
        drop.bind([article.id]).stepReset();
        add.bind([article.id, ...fields]).stepReset();
        dropStems.bind([article.id]).stepReset();
        addStems.bind([article.id, stemsOf(fields)]).stepReset();
        note.bind([article.id, article.stamp, readable ? 1 : 0]).stepReset();
      }
    } finally {
      drop.finalize();
      add.finalize();
      dropStems.finalize();
      addStems.finalize();
      note.finalize();
    }
  });
  return unreadable;
}

/** Forgets these articles; ids not in the index are ignored. */
export function removeFtsArticles(db: Database, ids: readonly number[]): void {
  db.transaction(() => {
    const drop = db.prepare('DELETE FROM docs WHERE rowid = ?');
    const dropStems = db.prepare('DELETE FROM stems WHERE rowid = ?');
    const forget = db.prepare('DELETE FROM indexed WHERE id = ?');
    try {
      for (const id of ids) {
        drop.bind([id]).stepReset();
        dropStems.bind([id]).stepReset();
        forget.bind([id]).stepReset();
      }
    } finally {
      drop.finalize();
      dropStems.finalize();
      forget.finalize();
    }
  });
}

/** What the index holds: each article's indexed stamp, and those whose text could not be read. */
export function readFtsIndexed(db: Database): { indexed: Map<number, string>; unreadable: Set<number> } {
  const indexed = new Map<number, string>();
  const unreadable = new Set<number>();
  db.exec({
    sql: 'SELECT id, stamp, readable FROM indexed',
    rowMode: 'array',
    callback: (row) => {
      const [id, stamp, readable] = row as [number, string, number];
      indexed.set(id, stamp);
      if (readable === 0) unreadable.add(id);
    },
  });
  return { indexed, unreadable };
}

/**
 * Gives the file's free pages back (what FTS5's merges and deletes left), so the index takes on
 * disk what it holds; call it when a pass is done. Needs incremental vacuuming, switched on when
 * the tables are made (prepareFtsTables); on an older file it does nothing.
 */
export function releaseFreePages(db: Database): void {
  // It frees one page per step (each step returns an empty row), so exec() alone frees one.
  const vacuum = db.prepare('PRAGMA incremental_vacuum');
  try {
    while (vacuum.step());
  } finally {
    vacuum.finalize();
  }
}

/** The size of the index's database file in bytes. */
export function ftsIndexBytes(db: Database): number {
  const pages = Number(db.selectValue('PRAGMA page_count') ?? 0);
  return pages * Number(db.selectValue('PRAGMA page_size') ?? 0);
}
