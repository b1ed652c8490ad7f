import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Highlight } from '../../../lib/highlights/highlight';
import { openSearchDatabase, prepareSearchIndex } from '../../../lib/platform/search-index-store';
import {
  addHighlight,
  highlightedArticleIds,
  listAllHighlights,
  removeHighlight,
  setArticleNote,
  updateHighlight,
} from '../../../lib/platform/store/highlight-store';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { searchArticles } from '../../../lib/search/article-search';
import { openTestDatabase, storeArticle } from '../test-database';

let n = 0;
const store = (db: CleanCaptureDb, title: string, markdown: string) =>
  storeArticle(db, { title, markdown, canonicalUrl: `https://example.org/h${++n}` });

const highlight = (articleId: number, id: string, exact: string, createdAt: string): Highlight => ({
  id,
  articleId,
  color: 'yellow',
  quote: { exact, prefix: '', suffix: '', start: 0, end: exact.length },
  note: '',
  createdAt,
});

describe('highlights and notes in the store', () => {
  it('lists every highlight newest first and knows which articles have any', async () => {
    const db = openTestDatabase();
    const a = await store(db, 'Tides', 'The tide turns twice a day.');
    const b = await store(db, 'Moons', 'The moon pulls the sea.');
    await store(db, 'Plain', 'Nothing marked here.');
    await addHighlight(db, highlight(a, 'x', 'tide turns', '2026-11-01T00:00:00Z'));
    await addHighlight(db, highlight(b, 'y', 'moon pulls', '2026-11-03T00:00:00Z'));
    await addHighlight(db, highlight(a, 'z', 'twice a day', '2026-11-02T00:00:00Z'));
    expect((await listAllHighlights(db)).map((h) => h.id)).toEqual(['y', 'z', 'x']);
    expect(await highlightedArticleIds(db)).toEqual(new Set([a, b]));
    expect(await removeHighlight(db, 'y')).toMatchObject({ id: 'y', articleId: b });
    expect(await highlightedArticleIds(db)).toEqual(new Set([a]));
    expect(await updateHighlight(db, 'y', { note: 'gone' })).toBe(false);
  });

  it('has the search find an article by the words of its notes and highlights, as they change', async () => {
    const db = openTestDatabase();
    const searchDb = openSearchDatabase(`highlight-store-search-${++n}`);
    const id = await store(db, 'Harbour', 'Boats leave at dawn.');
    const ids = async (q: string) => {
      const live = await prepareSearchIndex(db, searchDb, await db.articles.toArray());
      return searchArticles(live.index, q).map((h) => h.id);
    };
    expect(await ids('cormorant')).toEqual([]);
    await addHighlight(db, highlight(id, 'h', 'leave at dawn', '2026-11-01T00:00:00Z'));
    await updateHighlight(db, 'h', { note: 'Saw a cormorant there' });
    expect(await ids('cormorant')).toEqual([id]);
    await setArticleNote(db, id, 'Ask about the ferry timetable');
    expect(await ids('timetable')).toEqual([id]);
    await updateHighlight(db, 'h', { note: '' });
    expect(await ids('cormorant')).toEqual([]);
  });
});
