import { useEffect, useState } from 'preact/hooks';
import type { SearchAnswer } from './use-search-worker';

/**
 * The search hits for the current query, asked of the worker. Until the answer for a new query
 * arrives the previous hits stay, so the list does not flash; `version` null means no index yet.
 * The ranked head is asked first, so the first rows show before every match of a common word is
 * listed; when more match, the whole list follows with the same head.
 */
export function useHits(
  search: (query: string, whole: boolean) => Promise<SearchAnswer>,
  query: string,
  version: number | null,
) {
  const [hits, setHits] = useState<(SearchAnswer & { query: string }) | null>(null);
  useEffect(() => {
    if (version === null) return setHits(null);
    let current = true;
    void search(query, false).then(async (head) => {
      if (!current) return;
      setHits({ query, ...head });
      if (!head.more) return;
      const whole = await search(query, true);
      if (current) setHits({ query, ...whole });
    });
    return () => {
      current = false;
    };
  }, [search, query, version]);
  return hits;
}
