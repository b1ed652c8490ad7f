import type { ArticleRecord } from '../article';

/**
 * The library's filters; null means "any". Dates are `YYYY-MM-DD` as the date inputs give them,
 * inclusive, and mean days of the user's own calendar (see {@link DayOf}).
 */
export interface ArticleFilter {
  site: string | null;
  tag: string | null;
  from: string | null;
  to: string | null;
}

export const NO_FILTER: ArticleFilter = { site: null, tag: null, from: null, to: null };

type Filterable = Pick<ArticleRecord, 'siteName' | 'tags' | 'capturedAt'>;

/** The calendar day (`YYYY-MM-DD`) on which an ISO 8601 instant falls, in some time zone. */
export type DayOf = (isoTimestamp: string) => string;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The day in the time zone of the computer running this: the day the person who picks "from 27
 * Nov" means. An unreadable timestamp falls back to its first ten characters.
 */
export const localDay: DayOf = (iso) => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
};

/** A {@link DayOf} for a named IANA time zone (`Europe/Berlin`, `UTC`), whatever the computer's own. */
export function dayInTimeZone(timeZone: string): DayOf {
  const format = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  return (iso) => {
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso.slice(0, 10);
    const parts = new Map(format.formatToParts(date).map((p) => [p.type, p.value]));
    const number = (type: Intl.DateTimeFormatPartTypes) => Number(parts.get(type));
    return `${number('year')}-${pad(number('month'))}-${pad(number('day'))}`;
  };
}

/** Whether no filter is active, so every article passes. */
export function filtersNothing(filter: ArticleFilter): boolean {
  return filter.site === null && filter.tag === null && filter.from === null && filter.to === null;
}

/**
 * Whether an article passes every active filter. Capture times are stored in UTC; the date bounds
 * are compared with the day `dayOf` gives, by default the user's local day, so an article saved at
 * 00:30 on 27 November in Berlin (23:30 UTC on the 26th) is found "from 27 Nov".
 */
export function matchesFilter(article: Filterable, filter: ArticleFilter, dayOf: DayOf = localDay): boolean {
  if (filter.site !== null && article.siteName !== filter.site) return false;
  if (filter.tag !== null && !article.tags.includes(filter.tag)) return false;
  if (filter.from === null && filter.to === null) return true;
  // YYYY-MM-DD strings sort as the days they name.
  const day = dayOf(article.capturedAt);
  if (filter.from !== null && day < filter.from) return false;
  if (filter.to !== null && day > filter.to) return false;
  return true;
}
