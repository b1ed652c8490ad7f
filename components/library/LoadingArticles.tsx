import { useEffect, useState } from 'preact/hooks';
import { useTranslator } from '../shared/use-translator';

/** Loading quicker than this says nothing: a line that comes and goes at once is only noise. */
export const SAY_AFTER_MS = 400;

export interface LoadingArticlesProps {
  /** The records the page holds so far. */
  loaded: number;
  /** How many articles are stored; null until counted. */
  total: number | null;
}

/**
 * Says how far the library has got loading its articles, while its list, counts and searches hold
 * only some of them (seconds, at 100,000): from SAY_AFTER_MS after it is first shown, and nothing
 * once it holds them all.
 */
export function LoadingArticles({ loaded, total }: LoadingArticlesProps) {
  const t = useTranslator();
  const [due, setDue] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setDue(true), SAY_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (!due || total === null || loaded >= total) return null;
  return (
    <p class="index-status" role="status">
      {t.plural('library.loadingArticles', total, loaded)}
    </p>
  );
}
