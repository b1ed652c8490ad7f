import { useTranslator } from '../shared/use-translator';

export interface LoadingArticlesProps {
  /** The records the page holds so far. */
  loaded: number;
  /** How many articles are stored; null until counted. */
  total: number | null;
}

/**
 * Says how far the library has got loading its articles, while its list, counts and searches hold
 * only some of them (seconds, at 100,000): nothing once it holds them all.
 */
export function LoadingArticles({ loaded, total }: LoadingArticlesProps) {
  const t = useTranslator();
  if (total === null || loaded >= total) return null;
  return (
    <p class="index-status" role="status">
      {t.plural('library.loadingArticles', total, loaded)}
    </p>
  );
}
