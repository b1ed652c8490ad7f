import * as v from 'valibot';
import type { ArticleRecord } from '../article';

/**
 * The format of the snapshot below. A popup that finds another version ignores the snapshot and has
 * it rebuilt, so a change of the fields a row needs only means raising this number.
 */
export const FIRST_SCREEN_VERSION = 2;

/** How many of the newest articles the popup lists (and the snapshot keeps); the library shows them all. */
export const POPUP_LIST_LIMIT = 50;

/** Rows in the popup list's first paint: more than the popup shows (about six); the rest follow it. */
export const FIRST_PAINT_ROWS = 8;

/** Where the snapshot is kept in `storage.local`. */
export const FIRST_SCREEN_KEY = 'popupFirstScreen';

/**
 * The fields of an article the popup needs before the database answers: what a row shows (title,
 * site, date, length, marks), what its search box matches (authors) and what its status views
 * count. Never the body, tags or anything a row does not use, so 50 rows stay a few kilobytes.
 */
export type PopupRow = Pick<
  ArticleRecord,
  'id' | 'title' | 'authors' | 'siteName' | 'sourceUrl' | 'capturedAt' | 'wordCount' | 'status'
> &
  Partial<Pick<ArticleRecord, 'selection' | 'notCaptured'>>;

/** The popup's first screen as last written: its newest rows, newest first, and how many are stored. */
export interface FirstScreen {
  version: number;
  rows: PopupRow[];
  /**
   * How many articles were stored when it was written. The popup's header shows it without a
   * count of its own, which reads every record (half a second at 100,000, after every open).
   */
  total: number;
}

/** A popup row of a stored record, its fields always in one order (so equal rows serialise alike). */
export function popupRowOf(record: PopupRow): PopupRow {
  const row: PopupRow = {
    id: record.id,
    title: record.title,
    authors: [...record.authors],
    siteName: record.siteName,
    sourceUrl: record.sourceUrl,
    capturedAt: record.capturedAt,
    wordCount: record.wordCount,
    status: record.status,
  };
  if (record.selection) row.selection = true;
  if (record.notCaptured) row.notCaptured = true;
  return row;
}

/** The snapshot of the newest records (newest first, as the popup lists them), at most `limit` rows, and the `total` stored. */
export function firstScreenOf(
  records: readonly PopupRow[],
  total: number,
  limit = POPUP_LIST_LIMIT,
): FirstScreen {
  return { version: FIRST_SCREEN_VERSION, rows: records.slice(0, limit).map(popupRowOf), total };
}

const rowSchema = v.object({
  id: v.pipe(v.number(), v.integer()),
  title: v.string(),
  authors: v.array(v.string()),
  siteName: v.nullable(v.string()),
  sourceUrl: v.string(),
  capturedAt: v.string(),
  wordCount: v.number(),
  status: v.picklist(['unread', 'read', 'archived']),
  selection: v.optional(v.literal(true)),
  notCaptured: v.optional(v.literal(true)),
});

const snapshotSchema = v.object({
  version: v.literal(FIRST_SCREEN_VERSION),
  rows: v.array(rowSchema),
  total: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

/**
 * The snapshot as read back from storage; null when there is none, it has another format version,
 * or it is damaged: the popup then waits for the database, and has the snapshot written again.
 */
export function parseFirstScreen(value: unknown): FirstScreen | null {
  const parsed = v.safeParse(snapshotSchema, value);
  if (!parsed.success) return null;
  const { version, rows, total } = parsed.output;
  return { version, rows: rows.map(popupRowOf), total };
}

/** Whether two lists of rows would show the same: same articles, same order, same fields. */
export function sameRows(a: readonly PopupRow[], b: readonly PopupRow[]): boolean {
  if (a.length !== b.length) return false;
  return a.every(
    (row, i) => JSON.stringify(popupRowOf(row)) === JSON.stringify(popupRowOf(b[i] as PopupRow)),
  );
}
