import type { ArticleRecord } from '../article';
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

// One lookup table per records array: rebuilding it on every keystroke costs more than the search.
const lookups = new WeakMap<readonly ArticleRecord[], Map<number, ArticleRecord>>();
/** The records by id, made once per records array (a linear find is a millisecond at 100,000). */
export function recordsById(records: readonly ArticleRecord[]): Map<number, ArticleRecord> {
  let map = lookups.get(records);
  if (!map) {
    map = new Map(records.map((r) => [r.id, r]));
    lookups.set(records, map);
  }
  return map;
}

// The ids of each list of articles shown, kept per array: clearing the search at 100,000 articles
// shows the same array again, whose ids would otherwise be copied anew (800 KB) each time.
const idLists = new WeakMap<readonly ArticleRecord[], readonly number[]>();
/** The ids of `articles`, in order, made once per array. */
export function idsOf(articles: readonly ArticleRecord[]): readonly number[] {
  let ids = idLists.get(articles);
  if (!ids) {
    ids = articles.map((a) => a.id);
    idLists.set(articles, ids);
  }
  return ids;
}

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
