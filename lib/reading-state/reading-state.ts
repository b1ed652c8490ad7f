import type { ArticleStatus, ReadingState } from '../article';

/** The statuses in the order the filters offer them. */
export const ARTICLE_STATUSES: readonly ArticleStatus[] = ['unread', 'read', 'archived'];

/** A new capture, an upgraded old one, or an import that says nothing: unread, not started. */
export const UNREAD: ReadingState = { status: 'unread', progress: 0 };

/**
 * How far from the end still counts as the end: the last lines of a long page rarely scroll
 * fully into view (a short last screen, a footer), and a reader who saw them has read it.
 */
export const END_OF_ARTICLE = 0.98;

/** Whether a value is one of the three statuses. */
export function isArticleStatus(value: unknown): value is ArticleStatus {
  return typeof value === 'string' && (ARTICLE_STATUSES as readonly string[]).includes(value);
}

/**
 * Progress as it is stored and exported: a number from 0 to 1 with at most three decimals, so
 * a file does not change for a pixel's scroll and reads the same everywhere. Anything else is 0.
 */
export function roundProgress(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.round(Math.min(1, Math.max(0, value)) * 1000) / 1000;
}

/**
 * How far a reader is, from the scroll position: the share of the body above the bottom of the
 * window. A body that fits on one screen is read as soon as it is shown.
 */
export function progressAt(
  scrollTop: number,
  viewportHeight: number,
  bodyTop: number,
  bodyHeight: number,
): number {
  if (bodyHeight <= 0) return 1;
  return roundProgress((scrollTop + viewportHeight - bodyTop) / bodyHeight);
}

/** Where to scroll to reopen an article at its progress (the inverse of {@link progressAt}). */
export function scrollTopFor(
  progress: number,
  viewportHeight: number,
  bodyTop: number,
  bodyHeight: number,
): number {
  if (progress <= 0) return 0;
  return Math.max(0, bodyTop + progress * bodyHeight - viewportHeight);
}

/**
 * The state after reading to a new position: progress moves to where the reader is (also back
 * up: it is where they left off), and reaching the end marks an unread article read. An
 * archived article stays archived; a read one stays read when it is opened again.
 */
export function afterReading(state: ReadingState, progress: number): ReadingState {
  const reached = roundProgress(progress);
  const status = state.status === 'unread' && reached >= END_OF_ARTICLE ? 'read' : state.status;
  return { status, progress: reached };
}

/** A status filter: one status, or every article. */
export type StatusView = ArticleStatus | 'all';

/** The filter's choices in order; unread is the default view. */
export const STATUS_VIEWS: readonly StatusView[] = ['unread', 'read', 'archived', 'all'];

/** The message key of each view's label. */
export const STATUS_VIEW_LABEL_KEYS: Readonly<Record<StatusView, string>> = {
  unread: 'reading.status.unread',
  read: 'reading.status.read',
  archived: 'reading.status.archived',
  all: 'reading.status.all',
};

/** Whether an article shows in a status view. */
export function inStatusView(state: Pick<ReadingState, 'status'>, view: StatusView): boolean {
  return view === 'all' || state.status === view;
}

/** How many articles each status view holds, for the filter's labels. */
export function countByStatus(states: Iterable<Pick<ReadingState, 'status'>>): Record<StatusView, number> {
  const counts: Record<StatusView, number> = { unread: 0, read: 0, archived: 0, all: 0 };
  for (const { status } of states) {
    counts[status] += 1;
    counts.all += 1;
  }
  return counts;
}
