import type { ArticleRecord } from '../article';

/**
 * The site a list names for an article: the name the page gave itself, else the host of the address
 * it was saved from (the canonical address is the page's own claim and may name another host).
 */
export function siteLabel(article: Pick<ArticleRecord, 'siteName' | 'sourceUrl'>): string {
  if (article.siteName) return article.siteName;
  try {
    return new URL(article.sourceUrl).hostname;
  } catch {
    return article.sourceUrl;
  }
}
