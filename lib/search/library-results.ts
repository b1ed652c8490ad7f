import type { ArticleRecord } from '../article';
import type { LibraryRecords } from '../library/library-records';
import type { SearchHit } from './article-search';
import { filtersNothing, matchesFilter, type ArticleFilter } from './filter-articles';
import { matchesMetadata } from './matches-metadata';
import { parseQuery } from './parse-query';

/** What the library shows: articles in order, and the matched words of each for highlighting. */
export interface LibraryResults {
  articles: readonly ArticleRecord[];
  terms: ReadonlyMap<number, readonly string[]>;
  /**
   * True while the index is not ready: 'metadata' when only titles, authors and sites were searched,
   * 'loading' when the full text was searched in the part of the saved index loaded so far.
   */
  partial: false | 'metadata' | 'loading';
}

/**
 * `make`'s answer for each array, worked out once: the lists of records the library shows are never
 * changed once shown (a change makes a new list), so an answer stays true for its array.
 */
function oncePerList<T>(make: (records: readonly ArticleRecord[]) => T) {
  const made = new WeakMap<readonly ArticleRecord[], T>();
  return (records: readonly ArticleRecord[]): T => {
    let answer = made.get(records);
    if (answer === undefined) {
      answer = make(records);
      made.set(records, answer);
    }
    return answer;
  };
}

/** Finds a record of a list by its id. */
export interface RecordLookup {
  get(id: number): ArticleRecord | undefined;
}

const lookups = new WeakMap<readonly ArticleRecord[], RecordLookup>();

/**
 * The records by id: rebuilding it on every keystroke cost more than the search, and a linear find
 * is a millisecond at 100,000 records. Made once per list, unless one was given (lookUpListsIn).
 */
export function recordsById(records: readonly ArticleRecord[]): RecordLookup {
  let lookup = lookups.get(records);
  if (lookup === undefined) lookups.set(records, (lookup = new Map(records.map((r) => [r.id, r]))));
  return lookup;
}

/**
 * Has recordsById answer for each list of `library` from `byId`, the records read so far (a status
 * list finds only its own status). It may find records a list does not hold yet: the lists shown
 * while the records load are each a longer part of the same list, and making a map of each (a few
 * milliseconds at 50,000) held the next search's answer.
 */
export function lookUpListsIn(
  library: LibraryRecords,
  byId: ReadonlyMap<number, ArticleRecord>,
): LibraryRecords {
  lookups.set(library.records, byId);
  for (const status of ['unread', 'read', 'archived'] as const)
    lookups.set(library.byStatus[status], {
      get: (id) => {
        const record = byId.get(id);
        return record?.status === status ? record : undefined;
      },
    });
  return library;
}

/** The ids of a list, in order: clearing the search shows the same list of 100,000 again. */
export const idsOf = oncePerList((articles): readonly number[] => articles.map((a) => a.id));

/**
 * Combines the search hits with the filters. No query: every article, newest first. A query: the
 * hits in rank order. Before the index can answer (`hits` null) the query is matched against titles,
 * authors and sites only, so typing never shows nothing just because the index is still loading.
 * `hitsArePartial`: the hits came from a saved index still loading (see searchWhileLoading).
 */
export function libraryResults(
  records: readonly ArticleRecord[],
  query: string,
  hits: readonly SearchHit[] | null,
  filter: ArticleFilter,
  hitsArePartial = false,
): LibraryResults {
  const { terms } = parseQuery(query);
  if (terms.length === 0) {
    // No filter either: the records as they are, not a copy of 100,000 made at the render that shows them.
    const articles = filtersNothing(filter) ? records : records.filter((r) => matchesFilter(r, filter));
    return { articles, terms: new Map(), partial: false };
  }
  if (hits === null) {
    const articles = records.filter((r) => matchesFilter(r, filter) && matchesMetadata(r, terms));
    return { articles, terms: new Map(articles.map((a) => [a.id, terms])), partial: 'metadata' };
  }
  const byId = recordsById(records);
  const articles: ArticleRecord[] = [];
  const matched = new Map<number, readonly string[]>();
  for (const hit of hits) {
    const record = byId.get(hit.id);
    if (!record || !matchesFilter(record, filter)) continue;
    articles.push(record);
    matched.set(hit.id, hit.terms);
  }
  return { articles, terms: matched, partial: hitsArePartial ? 'loading' : false };
}
