import type { CleanCaptureDb } from './db';
import { articleTables } from './image-store';
import { removeStoredArticles } from './stored-articles';

/**
 * After a page still to capture (moved in from a reading list) was captured under another address
 * than the list gave (a redirect, a canonical link), the captured article takes over its tags and
 * status (archived, say, as it was in the tool) and the bare entry goes, so the page is listed once. Does nothing when the entry
 * is gone or was filled in meanwhile.
 */
export async function settlePendingCapture(
  db: CleanCaptureDb,
  pendingId: number,
  capturedId: number,
): Promise<void> {
  if (pendingId === capturedId) return;
  await db.transaction('rw', articleTables(db), async () => {
    const [pending, captured] = await db.articles.bulkGet([pendingId, capturedId]);
    if (!pending?.notCaptured || !captured) return;
    const tags = [...new Set([...captured.tags, ...pending.tags])];
    // An unread entry says nothing the capture does not: a captured page read since stays read.
    const status = pending.status === 'unread' ? captured.status : pending.status;
    await db.articles.update(capturedId, { tags, status });
    await removeStoredArticles(db, [pendingId]);
  });
}
