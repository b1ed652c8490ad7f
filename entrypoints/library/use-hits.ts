import { useLayoutEffect, useState } from 'preact/hooks';
import { parseQuery } from '../../lib/search/parse-query';
import type { SearchAnswer } from './use-search-worker';

/** How long a query must stay unchanged before every match of it is listed (see below). */
export const WHOLE_AFTER_MS = 300;

/**
 * The search hits for the current query, asked of the worker. Until the answer for a new query
 * arrives the previous hits stay, so the list does not flash; `version` null means no index yet.
 * The ranked head is asked first, so the first rows show before every match of a common word is
 * listed; when more match, the whole list follows with the same head once typing pauses.
 */
export function useHits(
  search: (query: string, whole: boolean) => Promise<SearchAnswer>,
  query: string,
  version: number | null,
) {
  const [hits, setHits] = useState<(SearchAnswer & { query: string }) | null>(null);
  // Asked as soon as the typed query is rendered: an effect would wait for the next frame first.
  useLayoutEffect(() => {
    if (version === null) return setHits(null);
    // No word to look for: the list shows every article whatever the index holds (libraryResults),
    // so the worker is not asked (it was at each change of the index, and the records' reading
    // waits while a search is in flight, see searchGate).
    if (parseQuery(query).terms.length === 0)
      return setHits({ query, hits: [], partial: false, workerMs: 0, more: false });
    let current = true;
    let wait: ReturnType<typeof setTimeout> | undefined;
    // A search the worker could not answer (it says why elsewhere) leaves titles, authors and
    // sites to match, as before the index was ready.
    const failed = () => {
      if (current) setHits(null);
    };
    search(query, false).then((head) => {
      if (!current) return;
      setHits({ query, ...head });
      if (!head.more) return;
      // Asked once typing pauses: a list of every match asked at each keystroke would hold up
      // the worker, and the next keystroke's rows would wait behind it.
      wait = setTimeout(() => {
        search(query, true).then((whole) => {
          if (current) setHits({ query, ...whole });
        }, failed);
      }, WHOLE_AFTER_MS);
    }, failed);
    return () => {
      current = false;
      clearTimeout(wait);
    };
  }, [search, query, version]);
  return hits;
}
