import { useEffect, useState } from 'preact/hooks';
import type { SearchAnswer } from './use-search-worker';

/**
 * The search hits for the current query, asked of the worker. Until the answer for a new query
 * arrives the previous hits stay, so the list does not flash; `version` null means no index yet.
 */
export function useHits(
  search: (query: string) => Promise<SearchAnswer>,
  query: string,
  version: number | null,
) {
  const [hits, setHits] = useState<(SearchAnswer & { query: string }) | null>(null);
  useEffect(() => {
    if (version === null) return setHits(null);
    let current = true;
    void search(query).then((found) => {
      if (current) setHits({ query, ...found });
    });
    return () => {
      current = false;
    };
  }, [search, query, version]);
  return hits;
}
