import type { ArticleRecord } from '../../lib/article';
import { counted, list, message, say } from '../../lib/i18n/message';
import { useTranslator } from '../shared/use-translator';

export interface UnsearchableArticlesProps {
  /** The articles whose text could not be indexed for search. */
  articles: readonly Pick<ArticleRecord, 'id' | 'title'>[];
}

/** Titles named in full before the rest are counted. */
const NAMED = 5;

/**
 * Says which articles search cannot look inside: they stay listed and readable, and are found by
 * title, author and site only. Nothing when every article was indexed.
 */
export function UnsearchableArticles({ articles }: UnsearchableArticlesProps) {
  const t = useTranslator();
  if (articles.length === 0) return null;
  const named = articles.slice(0, NAMED).map((a) => message('library.quoted', a.title));
  const more = articles.length - named.length;
  const names = list(more > 0 ? [...named, counted('library.andMore', more)] : named);
  return (
    <p class="unsearchable" role="status">
      {say(t, counted('library.unsearchable', articles.length, names))}
    </p>
  );
}
