import {
  createArticleSearch,
  loadSegment,
  type ArticleSearch,
  type StoredSegment,
} from '../../lib/search/article-search';

/**
 * Every segment of `index` as the store keeps it. The extension saves only the segments a change
 * touched (`takeChanges`); tests and the benchmark round-trip the whole index.
 */
export function serialiseSearch(index: ArticleSearch): StoredSegment[] {
  return [...index.segments].map(([key, segment]) => ({ key, json: JSON.stringify(segment.mini) }));
}

/** The index made from stored segments, loaded one by one as the search index store does. */
export function loadSearch(stored: readonly StoredSegment[]): ArticleSearch {
  const index = createArticleSearch();
  for (const segment of stored) loadSegment(index, segment);
  return index;
}
