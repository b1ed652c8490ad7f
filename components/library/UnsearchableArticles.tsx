import type { ArticleRecord } from '../../lib/article';
import { plural } from '../../lib/format/plural';

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
  if (articles.length === 0) return null;
  const named = articles.slice(0, NAMED).map((a) => `“${a.title}”`);
  const more = articles.length - named.length;
  return (
    <p class="unsearchable" role="status">
      {plural(articles.length, 'article', 'articles')} could not be indexed for search: {named.join(', ')}
      {more > 0 ? ` and ${more.toLocaleString()} more` : ''}. Still listed and readable; search finds{' '}
      {articles.length === 1 ? 'it' : 'them'} by title, author and site only.
    </p>
  );
}
