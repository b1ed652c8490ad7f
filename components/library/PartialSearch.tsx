import type { LibraryResults } from '../../lib/search/library-results';

export interface PartialSearchProps {
  /** What the search could not look through yet; false once it covers everything. */
  partial: LibraryResults['partial'];
  /** How many articles the index holds so far. */
  loaded: number;
}

/** Says what a search looked through while the search index is still loading or not there yet. */
export function PartialSearch({ partial, loaded }: PartialSearchProps) {
  if (!partial) return null;
  return (
    <p class="index-status">
      {partial === 'loading'
        ? `Full text searched in the ${loaded.toLocaleString()} articles loaded so far; titles, authors and sites in the rest.`
        : 'Searching titles, authors and sites until the search index is ready.'}
    </p>
  );
}
