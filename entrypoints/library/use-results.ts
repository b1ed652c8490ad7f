import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { NO_FILTER, type ArticleFilter } from '../../lib/search/filter-articles';
import { menusTally, type MenusTally } from '../../lib/library/facets-while-loading';
import { facetsOf } from '../../lib/library/library-tally';
import { idsOf, libraryResults } from '../../lib/search/library-results';
import { useHits } from './use-hits';
import type { Library } from './use-library';
import { canSearch } from './use-search-worker';
import type { StatusView } from '../../lib/reading-state/reading-state';

/** One empty list for every article without matches: the reading view re-marks its body when this changes. */
const NO_TERMS: readonly string[] = [];

/**
 * What the list shows: the search (started from the address's `?q=`) and the filters (and only the
 * articles in `keep`, when given), the
 * articles they leave in order, the words matched in each, and the sites and tags to filter by.
 */
export function useResults(lib: Library, keep: ReadonlySet<number> | null = null) {
  const [query, setQuery] = useState(() => new URLSearchParams(location.search).get('q') ?? '');
  const [filter, setFilter] = useState<ArticleFilter>(NO_FILTER);
  // Unread is the default view: what is left to read.
  const [status, setStatus] = useState<StatusView>('unread');
  // Kept by status as the records load and change (see LibraryRecords): no walk over them here.
  const inView = status === 'all' ? lib.records : lib.byStatus[status];
  const statusCounts = lib.tally.statuses;
  const hits = useHits(lib.search, query, canSearch(lib.indexState) ? lib.indexState.version : null);
  // Once the worker answers, the list follows its answers: a keystroke alone changes no row (the
  // rows of the last answer stay the same objects, not rebuilt and re-rendered), and the next
  // answer replaces them. Before the index can answer, titles, authors and sites follow the box.
  const shownQuery = hits === null ? query : hits.query;
  const results = useMemo(() => {
    const found = libraryResults(inView, shownQuery, hits?.hits ?? null, filter, hits?.partial);
    // `keep`: the "has highlights" filter, whose articles are known from the highlights table.
    return keep ? { ...found, articles: found.articles.filter((a) => keep.has(a.id)) } : found;
  }, [inView, shownQuery, hits, filter, keep]);
  const order = idsOf(results.articles);
  // While the records load, the site and tag menus follow them once a second at most (menusTally).
  const menus = useRef<MenusTally | null>(null);
  menus.current = menusTally(menus.current, lib.tally, lib.complete, performance.now());
  const menusFrom = menus.current.tally;
  const facets = useMemo(() => facetsOf(menusFrom), [menusFrom]);
  const termsFor = useCallback((id: number) => results.terms.get(id) ?? NO_TERMS, [results]);
  /** Escape's last steps: the search goes first, then the filters. */
  const clearSearch = () => {
    if (query) return setQuery('');
    if (filter !== NO_FILTER) setFilter(NO_FILTER);
  };
  /** How far search reaches now: everything, what is indexed so far, or titles, authors and sites. */
  const searchState = lib.indexState.ready ? 'ready' : canSearch(lib.indexState) ? 'partial' : 'loading';
  return {
    query,
    setQuery,
    filter,
    setFilter,
    status,
    setStatus,
    statusCounts,
    hits,
    results,
    order,
    facets,
    termsFor,
    clearSearch,
    searchState,
  };
}
