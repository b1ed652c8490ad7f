import type { Database, PreparedStatement, SqlValue } from '@sqlite.org/sqlite-wasm';
import type { SearchHit } from './article-search';
import { toFtsQuery } from './fts5-match';
import { SAMPLED_BM25, scoredRowReader } from './fts5-rank';

/**
 * BM25 with column weights: titles weigh most, then authors, then sites, then bodies. The function
 * is FTS5's bm25() but for counting a widely held phrase's articles (fts5-rank.ts); it must be
 * installed on the connection (installSampledRank).
 */
const RANK = `${SAMPLED_BM25}(docs, 4, 3, 2, 1)`;

/**
 * Matches ranked in full when there are no more than this many. Past it, BM25 would score every
 * match of a common word (tens of thousands at 100,000 articles) before the first row shows, so
 * only the newest `RANKED` matches and the `META` newest older ones whose title, authors or site
 * hold every word are ranked: those are where the best scores are, titles weighing four times the
 * body. Rowids are article ids, which grow with each capture: the newest come first in rowid order.
 */
export const RANKED = 500;
const META = 200;

// Each reads the index in rowid order and stops at its LIMIT, so a common word costs no more than
// a rare one; the ranking scores only the rows read. The column filter narrows the second to the
// title, authors and site, where the ranking counts a word as rarer (fewer titles than bodies hold
// it), which keeps those older matches above body matches, as wanted.
const NEWEST = `SELECT rowid, ${RANK} FROM docs WHERE docs MATCH ?1 /*stem*/ ORDER BY rowid DESC LIMIT ${RANKED + 1}`;
const META_OLDER = `SELECT rowid, ${RANK} FROM docs WHERE docs MATCH '{title authors site} : (' || ?1 || ')'
  AND rowid < ?2 ORDER BY rowid DESC LIMIT ${META}`;
// Every other match as one string: stepping tens of thousands of rows one by one from JavaScript
// costs more than SQLite's reading them.
const OLDER = `SELECT group_concat(rowid, ',' ORDER BY rowid DESC) FROM docs WHERE docs MATCH ?1 AND rowid < ?2 /*stem*/`;

// A 4-letter prefix (see FtsQuery's stem) matches its 3-letter prefix among the articles the stems
// table lists under it. The list is read once per statement, as far as needed: typed alone, the
// newest articles listed are the newest matches (each holds the 3-letter prefix too); with other
// words, every one listed (a thousandth of a second per 5,000 at 100,000 articles). The `+` keeps
// SQLite from looking each of them up in the FTS5 table by rowid, one query each.
const STEM_NEWEST = `AND +rowid IN (SELECT rowid FROM stems WHERE stems MATCH ?2 ORDER BY rowid DESC LIMIT ${RANKED + 1})`;
const STEM_ALL = `AND +rowid IN (SELECT rowid FROM stems WHERE stems MATCH ?2)`;
const STEM_OLDER = `AND +rowid IN (SELECT rowid FROM stems WHERE stems MATCH ?3 AND rowid < ?2)`;
// Which of the older title, authors and site matches (META_OLDER, ids as a JSON array) hold the
// stem: those listed in their range. SQLite compares the lists itself: their range can hold tens of
// thousands of the stem's articles when few titles match (a common stem), and stepping each of them
// out to JavaScript cost 15 ms at 100,000 articles, against 2.5 ms for this.
const STEM_AMONG = `SELECT value FROM json_each(?1)
  WHERE value IN (SELECT rowid FROM stems WHERE stems MATCH ?2 AND rowid >= ?3 AND rowid < ?4)`;
const withStem = (sql: string, filter: string) => sql.replace('/*stem*/', filter);

/** Ranked hits, plus whether matches were left out because only the head was asked for. */
export interface FtsAnswer {
  hits: SearchHit[];
  /** More articles match than `hits` holds: asking again with `whole` lists them all. */
  more: boolean;
}

// The index's words in order, for spelling out a long prefix; reading them stops at the LIMIT.
const WORDS = `SELECT term FROM temp.docs_words WHERE term >= ?1 AND term < ?2 LIMIT ?3`;

// Prepared once per database and kept: a keystroke runs two or three of them.
const prepared = new WeakMap<Database, Map<string, PreparedStatement>>();

/** The first `limit` indexed words that start with `prefix`, in order. */
function wordsStartingWith(db: Database, prefix: string, limit: number): string[] {
  // The next string after every word starting with `prefix`: bump its last character.
  const end = prefix.slice(0, -1) + String.fromCodePoint((prefix.codePointAt(prefix.length - 1) ?? 0) + 1);
  const words: string[] = [];
  each(db, WORDS, [prefix, end, limit], (word) => void words.push(String(word)));
  return words;
}

/** Runs one of the statements above, calling `row` with the statement at each of its rows. */
function run(
  db: Database,
  sql: string,
  bind: (string | number)[],
  row: (statement: PreparedStatement) => void,
) {
  let statements = prepared.get(db);
  if (!statements) {
    db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.docs_words USING fts5vocab(main, docs, row)');
    prepared.set(db, (statements = new Map()));
  }
  let statement = statements.get(sql);
  if (!statement) statements.set(sql, (statement = db.prepare(sql)));
  try {
    statement.bind(bind);
    while (statement.step()) row(statement);
  } finally {
    statement.reset(true);
  }
}

/** Runs a statement and calls `row` with each row's first column. */
function each(db: Database, sql: string, bind: (string | number)[], row: (first: SqlValue) => void) {
  run(db, sql, bind, (statement) => row(statement.get(0)));
}

/** Runs a ranked statement (NEWEST, META_OLDER) and keeps each row's id and score in `into`. */
function scored(db: Database, sql: string, bind: (string | number)[], into: [number, number][]) {
  const read = scoredRowReader(db);
  run(db, sql, bind, (statement) => void into.push(read(statement.pointer as number)));
}

/** The score is lower for better matches; equal scores: the older article first, as before. */
const byScore = (a: [number, number], b: [number, number]) => a[1] - b[1] || a[0] - b[0];

/**
 * Searches the FTS5 index for what the user typed (see toFtsQuery). Few matches are all ranked by
 * BM25 with the column weights. Many are cut (see RANKED): the ranked candidates come first, and
 * with `whole` every other match follows, newest first, so filters and counts still see them all.
 */
export function searchFts(db: Database, input: string, whole: boolean): FtsAnswer {
  const query = toFtsQuery(input, (prefix, limit) => wordsStartingWith(db, prefix, limit));
  if (query === null) return { hits: [], more: false };
  const { match, terms, stem } = query;
  const hit = (id: number): SearchHit => ({ id, score: 0, terms });
  const candidates: [number, number][] = [];
  const stemMatch = stem === null ? '' : `"${stem.replaceAll('"', '""')}"`;
  if (stem === null) scored(db, withStem(NEWEST, ''), [match], candidates);
  else
    scored(db, withStem(NEWEST, terms.length === 1 ? STEM_NEWEST : STEM_ALL), [match, stemMatch], candidates);
  if (candidates.length <= RANKED)
    return { hits: candidates.sort(byScore).map(([id]) => hit(id)), more: false };
  candidates.pop();
  const floor = (candidates[RANKED - 1] as [number, number])[0];
  const older: [number, number][] = [];
  scored(db, META_OLDER, [match, floor], older);
  const oldest = older.at(-1);
  if (stem !== null && oldest !== undefined) {
    const listed = new Set<number>();
    const ids = JSON.stringify(older.map(([id]) => id));
    each(db, STEM_AMONG, [ids, stemMatch, oldest[0], floor], (id) => void listed.add(Number(id)));
    candidates.push(...older.filter(([id]) => listed.has(id)));
  } else candidates.push(...older);
  const ranked = candidates.sort(byScore).map(([id]) => hit(id));
  if (!whole) return { hits: ranked, more: true };
  const seen = new Set(candidates.map(([id]) => id));
  const [rest, bind]: [string, (string | number)[]] =
    stem === null
      ? [withStem(OLDER, ''), [match, floor]]
      : [withStem(OLDER, STEM_OLDER), [match, floor, stemMatch]];
  each(db, rest, bind, (list) => {
    for (const id of String(list ?? '')
      .split(',')
      .map(Number))
      if (id > 0 && !seen.has(id)) ranked.push(hit(id));
  });
  return { hits: ranked, more: false };
}
