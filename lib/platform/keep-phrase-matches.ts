import type { SearchHit } from '../search/article-search';
import { holdsPhrases } from '../search/holds-phrases';
import type { CleanCaptureDb } from './store/db';
import { iterateArticlesInBatches } from './store/library-store';

/**
 * The hits whose stored text holds every quoted phrase, in the same order. Reads the candidates'
 * bodies a batch at a time; the index has already narrowed them to articles with all the words.
 */
export async function keepPhraseMatches(
  db: CleanCaptureDb,
  hits: readonly SearchHit[],
  phrases: readonly (readonly string[])[],
): Promise<SearchHit[]> {
  const keep = new Set<number>();
  for await (const article of iterateArticlesInBatches(
    db,
    hits.map((h) => h.id),
  )) {
    if (holdsPhrases(article, phrases)) keep.add(article.id);
  }
  return hits.filter((h) => keep.has(h.id));
}
