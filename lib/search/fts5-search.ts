import type { Database } from '@sqlite.org/sqlite-wasm';
import type { SearchHit } from './article-search';
import { toFtsQuery } from './fts5-match';

/** Column weights for bm25(): titles weigh most, then authors, then sites, then bodies. */
const RANK = 'bm25(docs, 4, 3, 2, 1)';

/**
 * Matches ranked in full when there are no more than this many. Past it, bm25() would score every
 * match of a common word (tens of thousands at 100,000 articles) before the first row shows, so
 * only the newest `RANKED` matches and the `META` newest whose title, authors or site hold every
 * word are ranked: those are where the best scores are, titles weighing four times the body.
 * Scoring costs most for a prefix (each row merges the positions of every word it expands to).
 */
export const RANKED = 500;
const META = 200;

/** Ranked hits, plus whether matches were left out because only the head was asked for. */
export interface FtsAnswer {
  hits: SearchHit[];
  /** More articles match than `hits` holds: asking again with `whole` lists them all. */
  more: boolean;
}

/** The words a prefix stands for in the index, for highlighting (the first 200, alphabetically). */
function expand(db: Database, prefix: string): string[] {
  // The next string after every word starting with `prefix`: bump its last character.
  const end = prefix.slice(0, -1) + String.fromCodePoint((prefix.codePointAt(prefix.length - 1) ?? 0) + 1);
  return db.selectValues('SELECT term FROM temp.docs_terms WHERE term >= ? AND term < ? LIMIT 200', [
    prefix,
    end,
  ]) as string[];
}

function ids(db: Database, sql: string, bind: (string | number)[]): number[] {
  return db.selectValues(sql, bind) as number[];
}

/**
 * Searches the FTS5 index for what the user typed (see toFtsQuery). Few matches are all ranked by
 * bm25() with the column weights. Many are cut (see RANKED): the ranked candidates come first, and
 * with `whole` every other match follows, newest first, so filters and counts still see them all.
 */
export function searchFts(db: Database, input: string, whole: boolean): FtsAnswer {
  const query = toFtsQuery(input);
  if (query === null) return { hits: [], more: false };
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.docs_terms USING fts5vocab(main, docs, row)');
  const terms = query.prefix === null ? query.words : [...query.words, ...expand(db, query.prefix)];
  const hit = (id: number): SearchHit => ({ id, score: 0, terms });
  const { match } = query;
  const newest = ids(db, 'SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid DESC LIMIT ?', [
    match,
    RANKED + 1,
  ]);
  if (newest.length <= RANKED) {
    return {
      hits: ids(db, `SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY ${RANK}`, [match]).map(hit),
      more: false,
    };
  }
  const floor = newest[RANKED - 1] as number;
  const scored = new Map<number, number>();
  db.exec({
    sql: `SELECT rowid, ${RANK} FROM docs WHERE docs MATCH ? AND rowid >= ?`,
    bind: [match, floor],
    rowMode: 'array',
    callback: (row) => void scored.set(row[0] as number, row[1] as number),
  });
  // Scored in the same pass, on their title, authors and site only: bm25() there counts a word as
  // rarer (fewer titles than bodies hold it), which keeps these above body matches, as wanted.
  // One query: scoring each by rowid would expand a prefix again for every article.
  db.exec({
    sql: `SELECT rowid, ${RANK} FROM docs WHERE docs MATCH ? AND rowid < ? ORDER BY rowid DESC LIMIT ?`,
    bind: [`{title authors site} : (${match})`, floor, META],
    rowMode: 'array',
    callback: (row) => void scored.set(row[0] as number, row[1] as number),
  });
  // bm25() is lower for better matches; equal scores: the older article first, as before.
  const ranked = [...scored].sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([id]) => hit(id));
  if (!whole) return { hits: ranked, more: true };
  const rest = ids(db, 'SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY rowid DESC', [match]);
  return { hits: ranked.concat(rest.filter((id) => !scored.has(id)).map(hit)), more: false };
}
