import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import { openIndexChangeLog } from '../../../lib/platform/index-change-log';
import { saveReadingProgress, setArticleStatus } from '../../../lib/platform/store/reading-state-store';
import { deleteArticle, setArticleTags } from '../../../lib/platform/store/article-store';
import { getDatabase } from '../../../lib/platform/store/db';
import { storeArticle } from '../test-database';

// getDatabase notes for the search index what each of its transactions wrote (index-change-log.ts).
describe("the search index's change log, as this context's database writes", () => {
  it('names stored and deleted articles, not those whose reading state or tags alone changed', async () => {
    const db = getDatabase();
    const log = openIndexChangeLog();
    const id = await storeArticle(db);
    await setArticleTags(db, id, ['harbour']);
    await setArticleStatus(db, [id], 'read');
    await saveReadingProgress(db, id, 0.4);
    await deleteArticle(db, id);
    await vi.waitFor(async () => expect(await log.changes.count()).toBeGreaterThanOrEqual(2));
    // Each note is written after its transaction; the last one's is in once the delete's is.
    expect((await log.changes.toArray()).map((row) => row.ids)).toEqual([[id], [id]]);
  });
});
