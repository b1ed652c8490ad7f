import type { Database } from '@sqlite.org/sqlite-wasm';

/**
 * A pass that indexes at least this many articles (a first build, a rebuild, an import, a catch-up
 * after a long time) leaves the index due for a merge into one segment (mergeFtsStep).
 *
 * Why: FTS5 writes each transaction as a new segment and merges them only part way as it goes, so
 * a build of 100,000 articles in batches ends in about twenty segments, several of them large. A
 * search reads each of its words in every segment; with one segment the search worker spent a
 * third less time per search at 100,000 (issue 16). Captures one at a time add only small segments,
 * cheap to search, which FTS5 keeps merging by itself: merging them all into one again would write
 * the whole index each time, so only a bulk pass asks for it.
 */
export const MERGE_AFTER_ARTICLES = 1000;

/**
 * Leaf pages one step writes at most: a few milliseconds, so a search waits little between steps.
 * FTS5 ends a step only between words, so the step holding the most common function word's stand-in
 * is longer (about a second at 100,000 articles, once per merge).
 */
export const MERGE_STEP_PAGES = 100;

const TABLES = ['docs', 'stems'] as const;

/** The table that says a merge is due, made as an index opens, with no rebuild (see prepareFtsTables). */
export const MERGE_STATE = 'CREATE TABLE IF NOT EXISTS merge_due(id INTEGER PRIMARY KEY CHECK (id = 1));';

/** Notes in the index that it is due for a merge; kept until one has run to its end, across opens. */
export function markMergeDue(db: Database): void {
  db.exec('INSERT OR IGNORE INTO merge_due(id) VALUES (1)');
}

/** Whether a merge was asked for and has not run to its end yet. */
export function isMergeDue(db: Database): boolean {
  return db.selectValue('SELECT count(*) FROM merge_due') === 1;
}

/**
 * One step of merging every segment of the index's tables into one. Returns true once there is
 * nothing left to merge, and then notes that no merge is due. Each step is its own transaction, so
 * a merge cut short keeps what it did and goes on from there.
 */
export function mergeFtsStep(db: Database): boolean {
  for (const table of TABLES) {
    const before = Number(db.changes(true));
    // A negative page count merges segments of every level, not only where a level is full.
    db.exec(`INSERT INTO ${table}(${table}, rank) VALUES ('merge', -${MERGE_STEP_PAGES})`);
    // SQLite's documented way to tell: a 'merge' that changed fewer than two rows found nothing to do.
    if (Number(db.changes(true)) - before >= 2) return false;
  }
  db.exec('DELETE FROM merge_due');
  return true;
}
