import type { ArticleRecord } from '../article';
import type { StatusView } from '../reading-state/reading-state';

/** The fields a tally reads from an article. */
export type Tallied = Pick<ArticleRecord, 'status' | 'siteName' | 'tags' | 'notCaptured'>;

/**
 * What the library's filters show beside their choices: how many articles each status view, site
 * and tag holds, and how many wait to be captured. Kept beside the records and changed with them,
 * so a render never walks 100,000 records to count them.
 */
export interface LibraryTally {
  statuses: Record<StatusView, number>;
  sites: ReadonlyMap<string, number>;
  tags: ReadonlyMap<string, number>;
  /** Entries moved in from a reading list and not captured yet. */
  pending: number;
}

/** A tally of nothing. */
export function emptyTally(): LibraryTally {
  return {
    statuses: { unread: 0, read: 0, archived: 0, all: 0 },
    sites: new Map(),
    tags: new Map(),
    pending: 0,
  };
}

function bump(counts: Map<string, number>, key: string, by: number): void {
  const count = (counts.get(key) ?? 0) + by;
  // A site or tag no article carries any more leaves its menu, as a recount would leave it out.
  if (count === 0) counts.delete(key);
  else counts.set(key, count);
}

/**
 * Adds `articles` to `tally` (or takes them away, `sign` -1), in place. Only for a tally nobody
 * else holds yet, such as one being filled page by page while the records load; see changeTally.
 */
export function addToTally(tally: LibraryTally, articles: Iterable<Tallied>, sign: 1 | -1 = 1): LibraryTally {
  const { statuses } = tally;
  const sites = tally.sites as Map<string, number>;
  const tags = tally.tags as Map<string, number>;
  for (const a of articles) {
    statuses[a.status] += sign;
    statuses.all += sign;
    if (a.siteName) bump(sites, a.siteName, sign);
    for (const t of a.tags) bump(tags, t, sign);
    if (a.notCaptured) tally.pending += sign;
  }
  return tally;
}

/** A copy of `tally` that changes to the original leave as it is. */
export function copyTally(tally: LibraryTally): LibraryTally {
  return {
    statuses: { ...tally.statuses },
    sites: new Map(tally.sites),
    tags: new Map(tally.tags),
    pending: tally.pending,
  };
}

/** The tally of `articles`, counted afresh. */
export function tallyArticles(articles: Iterable<Tallied>): LibraryTally {
  return addToTally(emptyTally(), articles);
}

/**
 * A new tally after `removed` left the library and `added` came in (an edit is both: the record
 * before and after); the work is in proportion to the change, not to the library.
 */
export function changeTally(
  tally: LibraryTally,
  removed: Iterable<Tallied>,
  added: Iterable<Tallied>,
): LibraryTally {
  const copy: LibraryTally = {
    statuses: { ...tally.statuses },
    sites: new Map(tally.sites),
    tags: new Map(tally.tags),
    pending: tally.pending,
  };
  return addToTally(addToTally(copy, removed, -1), added);
}

// One collator for every comparison: `localeCompare` without arguments compares as a default
// collator does, but sets one up again at each call.
const collator = new Intl.Collator();

function mostUsedFirst(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((x, y) => y[1] - x[1] || collator.compare(x[0], y[0]));
}

/** Sites and tags with how many articles carry each, most used first (then by name), for the filter menus. */
export function facetsOf(tally: LibraryTally): { sites: [string, number][]; tags: [string, number][] } {
  return { sites: mostUsedFirst(tally.sites), tags: mostUsedFirst(tally.tags) };
}
