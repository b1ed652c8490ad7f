import type { ArticleRecord } from '../article';
import { indexStamp } from './index-stamp';

// How a pass finds what changed without reading every record (100,000 records take seconds to
// read): new articles have ids above every id the index holds (IndexedDB's key generator only
// climbs), a re-capture moves its capture time past the newest the index holds, notes are few,
// and deletes, undos and every other write leave their ids in the change log (index-change-log.ts).

/** The record fields the index reads: the searched text, and the capture time in its stamp. */
const INDEXED_FIELDS: ReadonlySet<string> = new Set<keyof ArticleRecord>([
  'title',
  'authors',
  'siteName',
  'capturedAt',
]);

/**
 * Whether a write to articles may have changed what the index holds of them, given the fields it
 * changed ('any': it stored or deleted whole records). Reading state and tags are not indexed.
 */
export function writeConcernsIndex(fields: ReadonlySet<string> | 'any'): boolean {
  return fields === 'any' || [...fields].some((field) => INDEXED_FIELDS.has(field));
}

/**
 * How long before the newest indexed capture a pass still looks: a page captured in one tab may be
 * saved after another tab's later capture was indexed (its images, a slow page), and the clocks of
 * its capture and of the pass are the same machine's.
 */
export const LATE_SAVE_MS = 10 * 60_000;

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;

/** The capture time in a stamp (indexStamp): what comes before the notes' time. */
const capturedAtOf = (stamp: string) => {
  const space = stamp.indexOf(' ');
  return space === -1 ? stamp : stamp.slice(0, space);
};

/**
 * Where a pass starts looking for articles the index has not seen: ids above `aboveId`, and
 * captures at or after `capturedSince` (an empty index: everything).
 */
export function indexHorizon(indexed: ReadonlyMap<number, string>): {
  aboveId: number;
  capturedSince: string;
} {
  let aboveId = 0;
  let newest = '';
  for (const [id, stamp] of indexed) {
    if (id > aboveId) aboveId = id;
    const capturedAt = capturedAtOf(stamp);
    // ISO 8601 times in UTC, as captures write them, sort as strings; another text would sort above
    // them all and hide every newer capture, so it is passed over.
    if (capturedAt > newest && ISO_TIME.test(capturedAt)) newest = capturedAt;
  }
  if (newest === '') return { aboveId, capturedSince: '' };
  return { aboveId, capturedSince: new Date(Date.parse(newest) - LATE_SAVE_MS).toISOString() };
}

/**
 * The articles the index holds whose highlights or notes changed since they were indexed, gained
 * some or lost them. `annotated`: when each annotated article's notes last changed.
 */
export function annotationChanged(
  indexed: ReadonlyMap<number, string>,
  annotated: ReadonlyMap<number, string>,
): number[] {
  const changed: number[] = [];
  for (const [id, stamp] of indexed) {
    const space = stamp.indexOf(' ');
    const changedAt = annotated.get(id);
    if (changedAt === undefined ? space !== -1 : stamp.slice(space + 1) !== changedAt || space === -1)
      changed.push(id);
  }
  return changed;
}

/**
 * Of the records read for a pass (`found`, possibly twice over), those the index lacks or holds of
 * an older capture or older notes, newest first; and of the ids asked for (`asked`), those the index
 * holds whose article is gone.
 */
export function dueChanges(
  indexed: Pick<ReadonlyMap<number, string>, 'get' | 'has'>,
  asked: readonly number[],
  found: readonly ArticleRecord[],
  annotated: ReadonlyMap<number, string>,
): { stale: ArticleRecord[]; gone: number[] } {
  const present = new Map<number, ArticleRecord>();
  for (const record of found) present.set(record.id, record);
  const stale = [...present.values()]
    .filter((r) => indexed.get(r.id) !== indexStamp(r, annotated))
    .sort((a, b) => (a.capturedAt < b.capturedAt ? 1 : a.capturedAt > b.capturedAt ? -1 : 0));
  const gone = [...new Set(asked)].filter((id) => !present.has(id) && indexed.has(id));
  return { stale, gone };
}
