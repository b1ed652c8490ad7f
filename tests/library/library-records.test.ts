import { describe, expect, it } from 'vitest';
import type { ArticleRecord, ArticleStatus } from '../../lib/article';
import {
  addPage,
  libraryRecords,
  startLoad,
  withArticles,
  withoutArticles,
  withPatches,
  withRecordsReadAgain,
  type LibraryRecords,
} from '../../lib/library/library-records';
import { tallyArticles } from '../../lib/library/library-tally';
import { ARTICLE_STATUSES } from '../../lib/reading-state/reading-state';
import { makeRecord } from '../articles/article-factory';

const STATUSES: ArticleStatus[] = ['unread', 'read', 'archived', 'read', 'unread', 'unread', 'archived'];
const records: ArticleRecord[] = STATUSES.map((status, i) =>
  makeRecord({ id: 10 - i, status, siteName: `site ${i % 3}`, tags: i % 2 ? ['work'] : [] }),
);

/** What the page held before these were kept beside the records: each derived by a walk over them all. */
function expectDerivedFrom(library: LibraryRecords, expected: readonly ArticleRecord[]) {
  expect(library.records).toEqual(expected);
  for (const status of ARTICLE_STATUSES)
    expect(library.byStatus[status]).toEqual(expected.filter((r) => r.status === status));
  expect(library.tally).toEqual(tallyArticles(expected));
}

describe('library records', () => {
  it('built page by page, hold the same as built from the whole list', () => {
    const load = startLoad();
    for (let i = 0; i < records.length; i += 3) addPage(load, records.slice(i, i + 3));
    expectDerivedFrom(load, records);
    expect(load).toEqual(libraryRecords(records));
  });

  it('after a delete, hold what a walk over the records left would give', () => {
    const library = libraryRecords(records);
    const after = withoutArticles(library, new Set([9, 7, 42]));
    expectDerivedFrom(
      after,
      records.filter((r) => r.id !== 9 && r.id !== 7),
    );
    expectDerivedFrom(library, records);
  });

  it('after a change of status and tags, keep the order and follow the change', () => {
    const library = libraryRecords(records);
    const after = withPatches(
      library,
      new Map<number, Partial<ArticleRecord>>([
        [10, { status: 'archived' }],
        [6, { status: 'read', progress: 1 }],
        [8, { tags: ['work', 'later'] }],
      ]),
    );
    const expected = records.map((r) =>
      r.id === 10
        ? { ...r, status: 'archived' as const }
        : r.id === 6
          ? { ...r, status: 'read' as const, progress: 1 }
          : r.id === 8
            ? { ...r, tags: ['work', 'later'] }
            : r,
    );
    expectDerivedFrom(after, expected);
    expect(after.byStatus.archived.map((r) => r.id)).toEqual([10, 8, 4]);
  });

  it('stay the same when a delete or change touches no record they hold', () => {
    const library = libraryRecords(records);
    expect(withoutArticles(library, new Set([42]))).toBe(library);
    expect(withPatches(library, new Map([[42, { status: 'read' as const }]]))).toBe(library);
  });

  it('after an undo, hold the restored records where a reading of the store would list them', () => {
    // Newest first, as the store lists them: by capture time, and by id among equal times.
    const times = ['2026-05-04', '2026-05-03', '2026-05-03', '2026-05-03', '2026-05-01', '2026-04-30'];
    const stored = times.map((day, i) =>
      makeRecord({
        id: 20 - i,
        capturedAt: `${day}T08:00:00.000Z`,
        status: STATUSES[i],
        tags: [`t${i % 2}`],
      }),
    );
    const restoredIds = new Set([20, 18, 15]);
    const library = withoutArticles(libraryRecords(stored), restoredIds);
    const restored = stored.filter((r) => restoredIds.has(r.id)).reverse();
    expectDerivedFrom(withArticles(library, restored), stored);
  });

  it('after an undo of a record they still hold, hold it once, as restored', () => {
    const library = libraryRecords(records);
    const again: ArticleRecord = { ...(records[2] as ArticleRecord), title: 'Restored copy' };
    expectDerivedFrom(
      withArticles(library, [again]),
      records.map((r) => (r.id === again.id ? again : r)),
    );
    expect(withArticles(library, [])).toBe(library);
  });

  it('after some records are read again, hold the changed and new ones in place and drop the gone', () => {
    const library = libraryRecords(records.slice(1));
    const changed: ArticleRecord = { ...(records[3] as ArticleRecord), status: 'archived', tags: ['later'] };
    const gone = (records[5] as ArticleRecord).id;
    const added = records[0] as ArticleRecord;
    const after = withRecordsReadAgain(library, [changed.id, gone, added.id], [changed, undefined, added]);
    expectDerivedFrom(
      after,
      records.filter((r) => r.id !== gone).map((r) => (r.id === changed.id ? changed : r)),
    );
  });
});
