import type { ArticleRecord } from '../article';

/** Whether every word occurs in the article's title, authors or site: the search used before the full text is indexed. */
export function matchesMetadata(
  record: Pick<ArticleRecord, 'title' | 'authors' | 'siteName'>,
  terms: readonly string[],
): boolean {
  const text = `${record.title} ${record.authors.join(' ')} ${record.siteName ?? ''}`.toLowerCase();
  return terms.every((t) => text.includes(t));
}
