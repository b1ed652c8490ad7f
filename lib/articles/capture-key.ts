import type { Article } from '../article.ts';

/**
 * What makes two saves the same capture, for duplicate detection, restore and import: one whole
 * article per canonical address; an excerpt per address and text, so a second, different selection
 * of a page is a second excerpt, and never a duplicate of the page's article.
 */
export function captureKey(article: Pick<Article, 'canonicalUrl' | 'markdown' | 'selection'>): string {
  return article.selection ? `excerpt\n${article.canonicalUrl}\n${article.markdown}` : article.canonicalUrl;
}
