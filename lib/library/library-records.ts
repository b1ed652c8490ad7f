import type { ArticleRecord, ArticleStatus } from '../article';
import { addToTally, changeTally, copyTally, emptyTally, type LibraryTally } from './library-tally';

/**
 * The records the library page holds, newest first, with what its list and filters derive from
 * them kept beside them: the records of each status in the same order, and their tally. Built
 * as pages of records arrive and changed with them, so no render walks 100,000 records.
 */
export interface LibraryRecords {
  records: readonly ArticleRecord[];
  byStatus: Readonly<Record<ArticleStatus, readonly ArticleRecord[]>>;
  tally: LibraryTally;
}

/** Records being read page by page: filled in place, and nobody else's until finished. */
export interface LibraryLoad {
  records: ArticleRecord[];
  byStatus: Record<ArticleStatus, ArticleRecord[]>;
  tally: LibraryTally;
}

/** An empty load, to add pages to. */
export function startLoad(): LibraryLoad {
  return { records: [], byStatus: { unread: [], read: [], archived: [] }, tally: emptyTally() };
}

/** Adds the next page of records (older than those before) to a load; the work is the page's. */
export function addPage(load: LibraryLoad, page: readonly ArticleRecord[]): LibraryLoad {
  for (const record of page) {
    load.records.push(record);
    load.byStatus[record.status].push(record);
  }
  addToTally(load.tally, page);
  return load;
}

/**
 * The records of a load so far, for the page to show while more pages come: a copy, which the
 * pages added later leave as it is (the lists the page shows are never changed once shown).
 */
export function loadSoFar(load: LibraryLoad): LibraryRecords {
  const { unread, read, archived } = load.byStatus;
  return {
    records: load.records.slice(),
    byStatus: { unread: unread.slice(), read: read.slice(), archived: archived.slice() },
    tally: copyTally(load.tally),
  };
}

/** The library's records, in one go: a few records, or a list changed as a whole. */
export function libraryRecords(records: readonly ArticleRecord[]): LibraryRecords {
  return addPage(startLoad(), records);
}

function byStatusOf(records: readonly ArticleRecord[]): LibraryRecords['byStatus'] {
  return addPage(startLoad(), records).byStatus;
}

/** The library without the articles `ids` (deleted). */
export function withoutArticles(library: LibraryRecords, ids: ReadonlySet<number>): LibraryRecords {
  const kept = library.records.filter((r) => !ids.has(r.id));
  if (kept.length === library.records.length) return library;
  const removed = library.records.filter((r) => ids.has(r.id));
  return { records: kept, byStatus: byStatusOf(kept), tally: changeTally(library.tally, removed, []) };
}

/** The library with some fields of some records changed (tags, reading state), in place in the order. */
export function withPatches(
  library: LibraryRecords,
  patches: ReadonlyMap<number, Partial<ArticleRecord>>,
): LibraryRecords {
  const before: ArticleRecord[] = [];
  const after: ArticleRecord[] = [];
  const records = library.records.map((r) => {
    const patch = patches.get(r.id);
    if (!patch) return r;
    const changed = { ...r, ...patch };
    before.push(r);
    after.push(changed);
    return changed;
  });
  if (before.length === 0) return library;
  return { records, byStatus: byStatusOf(records), tally: changeTally(library.tally, before, after) };
}

/** The store's order of the list: newest capture first, and the higher id first among equal times. */
function newerFirst(a: ArticleRecord, b: ArticleRecord): number {
  if (a.capturedAt !== b.capturedAt) return a.capturedAt > b.capturedAt ? -1 : 1;
  return b.id - a.id;
}

/**
 * The library with `added` records put back where a reading of the store would list them (an undo
 * of a delete), replacing any it holds under the same ids: one pass over the list, not a new
 * reading of every record.
 */
export function withArticles(library: LibraryRecords, added: readonly ArticleRecord[]): LibraryRecords {
  if (added.length === 0) return library;
  const ids = new Set(added.map((r) => r.id));
  const replaced = library.records.filter((r) => ids.has(r.id));
  const kept = replaced.length === 0 ? library.records : library.records.filter((r) => !ids.has(r.id));
  const incoming = [...added].sort(newerFirst);
  const records: ArticleRecord[] = [];
  let next = 0;
  for (const record of kept) {
    for (let due = incoming[next]; due && newerFirst(due, record) < 0; due = incoming[++next])
      records.push(due);
    records.push(record);
  }
  records.push(...incoming.slice(next));
  return { records, byStatus: byStatusOf(records), tally: changeTally(library.tally, replaced, added) };
}

/**
 * The library after reading some records again (`ids`, and what the store gave for each, in the
 * same order): those found are put in place, those no longer stored are dropped.
 */
export function withRecordsReadAgain(
  library: LibraryRecords,
  ids: readonly number[],
  found: ReadonlyArray<ArticleRecord | undefined>,
): LibraryRecords {
  const gone = new Set(ids.filter((_, i) => found[i] === undefined));
  const present = found.filter((record) => record !== undefined);
  return withoutArticles(withArticles(library, present), gone);
}
