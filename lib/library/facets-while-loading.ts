import type { LibraryTally } from './library-tally';

/**
 * How often, at most, the site and tag menus follow the records while they are still being read.
 * Each time they do, their options (500 sites, say) are labelled, reordered and laid out again: at
 * 100,000 records that came to most of the page's long tasks while it read them, one at each of the
 * list's showings (500, 1,000, 2,000 records…), four of them within the first second.
 */
export const FACETS_WHILE_LOADING_MS = 1_000;

/** The tally the menus show, and when (ms, the page's clock) they took it. */
export interface MenusTally {
  tally: LibraryTally;
  at: number;
}

/**
 * The tally the site and tag menus show, given the one they showed (null at first) and the
 * library's now: the library's at once when every record is read, when the menus have none yet, or
 * when they have shown theirs for `FACETS_WHILE_LOADING_MS`; otherwise the one they showed,
 * unchanged. While the records load, the menus are as partial as the list, a second behind it at most.
 */
export function menusTally(
  shown: MenusTally | null,
  tally: LibraryTally,
  complete: boolean,
  now: number,
): MenusTally {
  if (shown?.tally === tally) return shown;
  // A first render before the first rows came had none to show.
  const empty = shown === null || shown.tally.statuses.all === 0;
  if (empty || complete || now - shown.at >= FACETS_WHILE_LOADING_MS) return { tally, at: now };
  return shown;
}
