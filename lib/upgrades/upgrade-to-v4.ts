import type { ArticleRecord } from '../article';
import { isArticleStatus, roundProgress } from '../reading-state/reading-state';

/** An article record as version 3 stored it: no reading state. */
export type V3Record = Omit<ArticleRecord, 'status' | 'progress'> & Partial<Record<string, unknown>>;

/**
 * Schema version 4's data change: every article saved before reading states existed is unread
 * and not started. A record that somehow has a valid state already keeps it.
 */
export function upgradeToV4(record: V3Record): ArticleRecord {
  return {
    ...record,
    status: isArticleStatus(record.status) ? record.status : 'unread',
    progress: roundProgress(record.progress),
  } as ArticleRecord;
}
