import { useTranslator } from '../shared/use-translator';

export interface EmptyResultsProps {
  /** True when the library holds no article at all, false when the search or filters leave none. */
  nothingSaved: boolean;
}

/** What the list area says when it has no row to show. */
export function EmptyResults({ nothingSaved }: EmptyResultsProps) {
  const t = useTranslator();
  return <p class="empty">{t.t(nothingSaved ? 'library.nothingSaved' : 'library.noMatch')}</p>;
}
