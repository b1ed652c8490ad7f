import type { ArticleStatus, ReadingState } from '../../article';
import { afterReading } from '../../reading-state/reading-state';
import type { CleanCaptureDb } from './db';

/** Articles' reading states as they were before a change, by id: what an undo puts back. */
export type PreviousStates = ReadonlyArray<{ id: number } & ReadingState>;

/**
 * Gives articles a status (archive, mark read or unread) and returns their states before, for an
 * undo. Articles that are gone are left out. Progress is kept: unarchived, an article reopens
 * where its reader left it.
 */
export function setArticleStatus(
  db: CleanCaptureDb,
  ids: readonly number[],
  status: ArticleStatus,
): Promise<PreviousStates> {
  return db.transaction('rw', db.articles, async () => {
    const records = await db.articles.bulkGet([...ids]);
    const before = records.flatMap((r) => (r ? [{ id: r.id, status: r.status, progress: r.progress }] : []));
    await Promise.all(before.map(({ id }) => db.articles.update(id, { status })));
    return before;
  });
}

/** Puts reading states back as they were (an undo), for the articles still there. */
export function restoreReadingStates(db: CleanCaptureDb, states: PreviousStates): Promise<void> {
  return db.transaction('rw', db.articles, async () => {
    await Promise.all(states.map(({ id, status, progress }) => db.articles.update(id, { status, progress })));
  });
}

/**
 * Stores how far an article was read; reaching the end marks it read (see afterReading).
 * Returns the state stored, or undefined when the article is gone.
 */
export function saveReadingProgress(
  db: CleanCaptureDb,
  id: number,
  progress: number,
): Promise<ReadingState | undefined> {
  return db.transaction('rw', db.articles, async () => {
    const record = await db.articles.get(id);
    if (!record) return undefined;
    const next = afterReading(record, progress);
    if (next.status !== record.status || next.progress !== record.progress)
      await db.articles.update(id, { status: next.status, progress: next.progress });
    return next;
  });
}
