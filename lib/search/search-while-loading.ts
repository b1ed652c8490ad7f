import type { ArticleRecord } from '../article';
import { searchArticles, type ArticleSearch, type SearchHit } from './article-search';
import { matchesMetadata } from './matches-metadata';
import { parseQuery } from './parse-query';

/**
 * Answers a search while the saved index is still loading: ranked full-text hits from the segments
 * already loaded, then the other articles whose title, authors or site hold every word (the only
 * thing known about them yet), newest first as the records come.
 */
export function searchWhileLoading(
  index: ArticleSearch,
  records: readonly ArticleRecord[],
  input: string,
): SearchHit[] {
  const { terms } = parseQuery(input);
  if (terms.length === 0) return [];
  const hits = searchArticles(index, input);
  for (const record of records) {
    if (!index.located.has(record.id) && matchesMetadata(record, terms))
      hits.push({ id: record.id, score: 0, terms });
  }
  return hits;
}
