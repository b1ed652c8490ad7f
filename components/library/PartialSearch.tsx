import { useTranslator } from '../shared/use-translator';
import type { LibraryResults } from '../../lib/search/library-results';

export interface PartialSearchProps {
  /** What the search could not look through yet; false once it covers everything. */
  partial: LibraryResults['partial'];
  /** How many articles the index holds so far. */
  loaded: number;
}

/** Says what a search looked through while the search index is still loading or not there yet. */
export function PartialSearch({ partial, loaded }: PartialSearchProps) {
  const t = useTranslator();
  if (!partial) return null;
  return (
    <p class="index-status">
      {partial === 'loading' ? t.plural('library.searchedSoFar', loaded) : t.t('library.searchingMetadata')}
    </p>
  );
}
