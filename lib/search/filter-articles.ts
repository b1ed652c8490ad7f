import type { ArticleRecord } from '../article';

/** The library's filters; null means "any". Dates are `YYYY-MM-DD`, inclusive, compared in UTC. */
export interface ArticleFilter {
  site: string | null;
  tag: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTER: ArticleFilter = { site: null, tag: null, from: null, to: null };

type Filterable = Pick<ArticleRecord, 'siteName' | 'tags' | 'capturedAt'>;

/** Whether an article passes every active filter. */
export function matchesFilter(article: Filterable, filter: ArticleFilter): boolean {
  if (filter.site !== null && article.siteName !== filter.site) return false;
  if (filter.tag !== null && !article.tags.includes(filter.tag)) return false;
  // ISO timestamps sort as strings, so the day is the first ten characters.
  const day = article.capturedAt.slice(0, 10);
  if (filter.from !== null && day < filter.from) return false;
  if (filter.to !== null && day > filter.to) return false;
  return true;
}

/** Whether any filter is set. */
export function isFiltering(filter: ArticleFilter): boolean {
  return filter.site !== null || filter.tag !== null || filter.from !== null || filter.to !== null;
}

/** Sites and tags with how many articles carry each, most used first, for the filter menus. */
export function facetCounts(articles: Iterable<Filterable>): {
  sites: [string, number][];
  tags: [string, number][];
} {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const a of articles) {
    if (a.siteName) sites.set(a.siteName, (sites.get(a.siteName) ?? 0) + 1);
    for (const t of a.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const byCount = (x: [string, number], y: [string, number]) => y[1] - x[1] || x[0].localeCompare(y[0]);
  return { sites: [...sites].sort(byCount), tags: [...tags].sort(byCount) };
}
