import type { Database, Sqlite3Static } from '@sqlite.org/sqlite-wasm';

/**
 * The ranking function searchFts orders by, registered on each connection with installSampledRank:
 * FTS5's BM25 (bm25(), same constants, same column weights, same score whenever the counts are
 * exact) except for how it counts a phrase's articles for its IDF. bm25() counts every article
 * holding the phrase, once per statement: at 100,000 articles a 3-letter prefix that nearly every
 * article holds cost 6 ms a statement, two statements a keystroke, most of a common search. This
 * one counts up to COUNTED articles and, past that, estimates the number from how far into the
 * library, in id order, the COUNTED-th lies (estimateHolding). A phrase held that widely weighs
 * little either way, and a search of one phrase orders its rows the same for any IDF.
 */
export const SAMPLED_BM25 = 'bm25_sampled';

/** A phrase's articles are counted up to this many; past it their number is estimated. */
export const COUNTED = 2000;

// FTS5's own constants for bm25().
const K1 = 1.2;
const B = 0.75;
const SQLITE_OK = 0;
const SQLITE_ERROR = 1;
const SQLITE_DONE = 101;

/** The part of sqlite-wasm's `wasm` namespace used here (its typings leave some of it out). */
interface Wasm {
  ptr: { size: number };
  alloc(bytes: number): number;
  allocCString(text: string): number;
  dealloc(pointer: number): void;
  peekPtr(address: number): number;
  pokePtr(address: number, value: number): unknown;
  /** A view of the memory as 32-bit integers (a new one when the memory has grown). */
  heap32(): Int32Array;
  peek64(address: number): bigint;
  functionEntry(pointer: number): ((...args: (number | bigint)[]) => number | bigint) | undefined;
  installFunction(signature: string, fn: (...args: number[]) => number | undefined): number;
  exports: {
    sqlite3_column_int(stmt: number, column: number): number;
    sqlite3_column_double(stmt: number, column: number): number;
    sqlite3_bind_pointer(stmt: number, index: number, pointer: number, type: number, destroy: number): number;
    sqlite3_result_double(context: number, value: number): void;
    sqlite3_result_error_code(context: number, code: number): void;
    sqlite3_value_double(value: number): number;
  };
}

/** What a statement's first row works out, for the rows after it (kept as FTS5 auxiliary data). */
interface Statement {
  idf: Float64Array;
  /** Each phrase's weighted count in the row being scored: one array for every row. */
  frequency: Float64Array;
  avgTokens: number;
  weights: number[];
}

/** Calls into Fts5ExtensionApi, looked up once: they are the same for every call. */
interface Api {
  rowCount(fts: number, out: number): number;
  columnTotalSize(fts: number, column: number, out: number): number;
  phraseCount(fts: number): number;
  instCount(fts: number, out: number): number;
  inst(fts: number, index: number, phrase: number, column: number, offset: number): number;
  rowid(fts: number): bigint;
  columnSize(fts: number, column: number, out: number): number;
  queryPhrase(fts: number, phrase: number, user: number, callback: number): number;
  setAuxdata(fts: number, data: number, destroy: number): number;
  getAuxdata(fts: number, clear: number): number;
}

/** Slot `k` of a C struct that starts with an int followed by function pointers (fts5_api, Fts5ExtensionApi). */
const slot = (wasm: Wasm, k: number) => (wasm.ptr.size === 4 ? 4 + 4 * k : 8 + 8 * k);

/** The fields' places in Fts5ExtensionApi (sqlite3.h, version 3 and later). */
const FIELDS = {
  rowCount: 2,
  columnTotalSize: 3,
  phraseCount: 5,
  instCount: 7,
  inst: 8,
  rowid: 9,
  columnSize: 11,
  queryPhrase: 12,
  setAuxdata: 13,
  getAuxdata: 14,
} as const;

/** Reads one column of a statement's current row, by the statement's pointer. */
type ColumnRead = (statement: number, column: number) => number;

/** SQLite's own calls that read a row's values, for each connection the function is installed on. */
const installed = new WeakMap<Database, { int: ColumnRead; double: ColumnRead }>();

/**
 * What reads the current row of a statement that gives an id and a score, straight from SQLite: the
 * statement's get() checks and converts each value in JavaScript first, a third of the worker's
 * JavaScript time per search in a profile at 100,000 articles (hundreds of rows a keystroke).
 * Ids are read as 32-bit integers: article ids count up from 1.
 */
export function scoredRowReader(db: Database): (statement: number) => [number, number] {
  const read = installed.get(db);
  if (!read) throw new Error(`${SAMPLED_BM25} is not installed on this connection.`);
  return (statement) => [read.int(statement, 0), read.double(statement, 1)];
}

/** A call into SQLite that returned an error code: the statement fails with that code. */
class SqliteCallFailed extends Error {
  constructor(readonly rc: number) {
    super(`SQLite call failed (${rc})`);
  }
}

/** Goes on when a call into SQLite succeeded; throws SqliteCallFailed with its code otherwise. */
function check(rc: number): void {
  if (rc !== SQLITE_OK) throw new SqliteCallFailed(rc);
}

/**
 * Registers SAMPLED_BM25 on `db` (once per connection), through FTS5's own extension API: its
 * fts5_api is asked of SQLite as a bound pointer, as sqlite3.h describes, and the function is a
 * JavaScript one in SQLite's function table. `sqlite3` must be the module `db` was opened with.
 */
export function installSampledRank(sqlite3: Sqlite3Static, db: Database): void {
  if (installed.has(db)) return;
  const wasm = sqlite3.wasm as unknown as Wasm;
  const ex = wasm.exports;
  const out = wasm.alloc(32);
  const api = fts5Api(wasm, db);
  let calls: Api | null = null;
  // A view of the memory for reading FTS5's answers, made again only when the memory has grown
  // (the old one is then empty): asking for it at each read cost as much as the reads.
  let heap = wasm.heap32();
  const memory = () => (heap.length === 0 ? (heap = wasm.heap32()) : heap);
  // Each statement's data, under the number kept as its FTS5 auxiliary data (never 0).
  const statements = new Map<number, Statement>();
  let nextKey = 1;
  const forget = wasm.installFunction('v(p)', (key) => {
    statements.delete(key as number);
    return undefined;
  });
  // Counting a phrase's articles (xQueryPhrase visits them in id order): how many, and the last id.
  let counted = 0;
  let lastId = 0n;
  const countOne = wasm.installFunction('i(ppp)', (_api, fts) => {
    counted += 1;
    if (counted < COUNTED) return SQLITE_OK;
    try {
      lastId = (calls as Api).rowid(fts as number);
    } catch {
      return SQLITE_ERROR;
    }
    return SQLITE_DONE;
  });

  // Two statements: SQLite reads the lowest or the highest id straight from the table's b-tree only
  // for a lone min() or max(); both in one read every row (10 ms at 100,000).
  const idRange = () => [
    db.selectValue('SELECT min(id) FROM indexed'),
    db.selectValue('SELECT max(id) FROM indexed'),
  ];

  function begin(fts: number, nValues: number, values: number): Statement {
    const c = calls as Api;
    check(c.rowCount(fts, out));
    const rows = Number(wasm.peek64(out));
    check(c.columnTotalSize(fts, -1, out));
    const avgTokens = Number(wasm.peek64(out)) / Math.max(rows, 1);
    const weights = Array.from({ length: nValues }, (_, i) =>
      ex.sqlite3_value_double(wasm.peekPtr(values + i * wasm.ptr.size)),
    );
    const phrases = c.phraseCount(fts);
    const idf = new Float64Array(phrases);
    let range: unknown[] | null = null;
    for (let i = 0; i < phrases; i++) {
      counted = 0;
      check(c.queryPhrase(fts, i, 0, countOne));
      let holding = counted;
      if (counted >= COUNTED) {
        range ??= idRange();
        holding = estimateHolding(Number(lastId), Number(range[0] ?? 0), Number(range[1] ?? 0), rows);
      }
      idf[i] = idfOf(rows, holding);
    }
    return { idf, frequency: new Float64Array(phrases), avgTokens, weights };
  }

  function rankRow(apiPointer: number, fts: number, nValues: number, values: number): number {
    calls ??= apiOf(wasm, apiPointer);
    const key = calls.getAuxdata(fts, 0);
    let statement = statements.get(key);
    if (statement === undefined) {
      statement = begin(fts, nValues, values);
      const next = nextKey++;
      statements.set(next, statement);
      calls.setAuxdata(fts, next, forget);
    }
    return scoreRow(memory, calls, fts, statement, out);
  }

  const rank = wasm.installFunction('v(pppip)', (apiPointer, fts, context, nValues, values) => {
    // Nothing may be thrown back through SQLite's C frames: a failure is the statement's error.
    try {
      const score = rankRow(apiPointer as number, fts as number, nValues as number, values as number);
      ex.sqlite3_result_double(context as number, score);
    } catch (error) {
      const rc = error instanceof SqliteCallFailed ? error.rc : SQLITE_ERROR;
      ex.sqlite3_result_error_code(context as number, rc);
    }
    return undefined;
  });
  const create = wasm.functionEntry(wasm.peekPtr(api + slot(wasm, 2)));
  // FTS5 keeps a copy of the name.
  const name = wasm.allocCString(SAMPLED_BM25);
  const rc = create?.(api, name, 0, rank, 0);
  wasm.dealloc(name);
  if (rc !== SQLITE_OK) throw new Error(`FTS5 refused the ranking function (${String(rc)}).`);
  installed.set(db, { int: ex.sqlite3_column_int, double: ex.sqlite3_column_double });
}

/** The connection's fts5_api: `SELECT fts5(?)` writes it through a pointer bound as 'fts5_api_ptr'. */
function fts5Api(wasm: Wasm, db: Database): number {
  const holder = wasm.alloc(wasm.ptr.size);
  wasm.pokePtr(holder, 0);
  // SQLite keeps the type's address, not a copy, until the statement is finalized.
  const type = wasm.allocCString('fts5_api_ptr');
  const statement = db.prepare('SELECT fts5(?1)');
  let api = 0;
  try {
    wasm.exports.sqlite3_bind_pointer(statement.pointer as number, 1, holder, type, 0);
    statement.step();
    api = wasm.peekPtr(holder);
  } finally {
    statement.finalize();
    wasm.dealloc(type);
    wasm.dealloc(holder);
  }
  if (api === 0) throw new Error('This SQLite has no FTS5.');
  return api;
}

function apiOf(wasm: Wasm, pointer: number): Api {
  const entry = (k: number) => {
    const fn = wasm.functionEntry(wasm.peekPtr(pointer + slot(wasm, k)));
    if (!fn) throw new Error('FTS5 extension API is missing a function.');
    return fn;
  };
  return Object.fromEntries(Object.entries(FIELDS).map(([name, k]) => [name, entry(k)])) as unknown as Api;
}

/**
 * One row's score, as bm25() works it out (lower is better). Called for hundreds of rows a
 * keystroke: it reads the answers of FTS5's calls straight from a view of the memory (`>> 2`: a
 * byte address as an index of 32-bit integers), and allocates nothing.
 */
function scoreRow(memory: () => Int32Array, c: Api, fts: number, statement: Statement, out: number): number {
  const { idf, frequency, avgTokens, weights } = statement;
  frequency.fill(0);
  check(c.instCount(fts, out));
  const instances = memory()[out >> 2] ?? 0;
  for (let i = 0; i < instances; i++) {
    check(c.inst(fts, i, out, out + 4, out + 8));
    // Asked for after the call: memory that grew meanwhile has a new view.
    const heap = memory();
    const phrase = heap[out >> 2] ?? 0;
    const column = heap[(out + 4) >> 2] ?? 0;
    frequency[phrase] = (frequency[phrase] ?? 0) + (weights[column] ?? 1);
  }
  check(c.columnSize(fts, -1, out));
  const tokens = memory()[out >> 2] ?? 0;
  let score = 0;
  for (let i = 0; i < idf.length; i++) {
    const f = frequency[i] ?? 0;
    score += (idf[i] ?? 0) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * tokens) / avgTokens)));
  }
  return -score;
}

/** bm25()'s IDF: a phrase in half the articles or more weighs almost nothing. */
export function idfOf(rows: number, holding: number): number {
  const idf = Math.log(rows - holding + 0.5) - Math.log(holding + 0.5);
  return idf > 0 ? idf : 1e-6;
}

/**
 * How many articles hold a phrase whose COUNTED-th article, in id order, is `lastId`: COUNTED in
 * the part of the library up to it, so as many in proportion over the whole (ids taken as evenly
 * spread between the lowest and the highest), never fewer than counted nor more than there are.
 */
export function estimateHolding(lastId: number, lowest: number, highest: number, rows: number): number {
  const part = (lastId - lowest + 1) / Math.max(highest - lowest + 1, 1);
  if (!(part > 0)) return rows;
  return Math.min(rows, Math.max(COUNTED, Math.round(COUNTED / Math.min(part, 1))));
}
