import type { SearchHit } from '../search/article-search';
import { phraseTest } from '../search/holds-phrases';
import type { CleanCaptureDb } from './store/db';
import { iterateArticlesInBatches } from './store/library-store';

/** The hits kept, and whether every hit was checked (false when `enough` were found first). */
export interface PhraseMatches {
  hits: SearchHit[];
  complete: boolean;
}

/**
 * The hits whose stored text holds every quoted phrase, in the same order. Reads the candidates'
 * bodies a batch at a time, in rank order; the index has already narrowed them to articles with
 * all the words. With `enough`, stops once that many are kept: the first screen needs no more,
 * and a common word's candidates need not all be read before it shows.
 */
export async function keepPhraseMatches(
  db: CleanCaptureDb,
  hits: readonly SearchHit[],
  phrases: readonly (readonly string[])[],
  enough = Infinity,
): Promise<PhraseMatches> {
  const holds = phraseTest(phrases);
  const keep = new Set<number>();
  // Small batches when few are wanted, so a phrase most candidates hold reads little past them.
  const batch = Math.min(200, Math.max(25, enough));
  let checked = 0;
  let stopped = false;
  for await (const article of iterateArticlesInBatches(
    db,
    hits.map((h) => h.id),
    batch,
  )) {
    checked++;
    if (holds(article)) keep.add(article.id);
    if (keep.size >= enough) {
      stopped = true;
      break;
    }
  }
  return { hits: hits.filter((h) => keep.has(h.id)), complete: !stopped || checked === hits.length };
}
