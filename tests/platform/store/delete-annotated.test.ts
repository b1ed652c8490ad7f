import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Highlight } from '../../../lib/highlights/highlight';
import { deleteArticle, restoreArticle } from '../../../lib/platform/store/article-store';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import {
  addHighlight,
  highlightedArticleIds,
  listAllHighlights,
  listArticleHighlights,
  readArticleNote,
  setArticleNote,
} from '../../../lib/platform/store/highlight-store';
import { deleteArticles, restoreArticles } from '../../../lib/platform/store/library-store';
import { openTestDatabase, storeArticle } from '../test-database';

let db: CleanCaptureDb;
let n = 0;
beforeEach(() => {
  db = openTestDatabase();
});

/** An article with two highlights (one with a note) and a note of its own. */
async function annotated(title: string): Promise<number> {
  const id = await storeArticle(db, {
    title,
    markdown: `The ${title} tide turns twice a day.`,
    canonicalUrl: `https://example.org/annotated/${++n}`,
  });
  const highlight = (key: string, exact: string, note: string): Highlight => ({
    id: `${title}-${key}`,
    articleId: id,
    color: 'green',
    quote: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
    note,
    createdAt: `2026-11-0${n}T00:00:0${key}Z`,
  });
  await addHighlight(db, highlight('1', 'tide turns', 'Twice, says the almanac'));
  await addHighlight(db, highlight('2', 'twice a day', ''));
  await setArticleNote(db, id, `Notes on ${title}`);
  return id;
}

const leftFor = async (id: number) => ({
  highlights: (await listArticleHighlights(db, id)).map((h) => h.quote.exact),
  note: await readArticleNote(db, id),
});

describe('deleting an article with highlights and notes', () => {
  it('takes its highlights and note along, and Undo brings them back', async () => {
    const kept = await annotated('kept');
    const gone = await annotated('gone');
    const before = await leftFor(gone);
    const removed = await deleteArticle(db, gone);
    expect(await leftFor(gone)).toEqual({ highlights: [], note: '' });
    expect(await highlightedArticleIds(db)).toEqual(new Set([kept]));
    expect((await listAllHighlights(db)).map((h) => h.articleId)).toEqual([kept, kept]);
    if (!removed) throw new Error('nothing was deleted');
    await restoreArticle(db, removed);
    expect(await leftFor(gone)).toEqual(before);
    expect(await leftFor(kept)).toEqual({
      highlights: ['tide turns', 'twice a day'],
      note: 'Notes on kept',
    });
  });

  it('takes them along on a delete of many, and Undo brings back those of the articles restored', async () => {
    const kept = await annotated('kept');
    const first = await annotated('first');
    const second = await annotated('second');
    const before = [await leftFor(first), await leftFor(second)];
    const removed = await deleteArticles(db, [first, second]);
    expect(await highlightedArticleIds(db)).toEqual(new Set([kept]));
    expect(await db.articleNotes.count()).toBe(1);
    await restoreArticles(db, removed);
    expect([await leftFor(first), await leftFor(second)]).toEqual(before);
  });
});
