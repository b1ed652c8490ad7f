import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { keepPhraseMatches } from '../../lib/platform/keep-phrase-matches';
import { openTestDatabase, storeArticle } from './test-database';

/** An article with this title and body, at an address of its own. */
const store = (db: CleanCaptureDb, title: string, markdown: string): Promise<number> =>
  storeArticle(db, { title, markdown, canonicalUrl: `https://example.org/${title}` });

describe('keepPhraseMatches', () => {
  it('keeps, in rank order, only the hits whose stored text holds the phrase', async () => {
    const db = openTestDatabase();
    const a = await store(db, 'One', 'The harbour wall was rebuilt.');
    const b = await store(db, 'Two', 'A wall round the harbour.');
    const c = await store(db, 'Three', 'Harbour wall repairs, and more harbour wall.');
    const hits = [c, b, a].map((id) => ({ id, score: 1, terms: ['harbour', 'wall'] }));
    const kept = await keepPhraseMatches(db, hits, [['harbour', 'wall']]);
    expect(kept.hits.map((h) => h.id)).toEqual([c, a]);
    expect(kept.complete).toBe(true);
  });

  it('drops a hit whose article was deleted meanwhile', async () => {
    const db = openTestDatabase();
    const a = await store(db, 'One', 'Harbour wall.');
    await db.articles.delete(a);
    const kept = await keepPhraseMatches(db, [{ id: a, score: 1, terms: [] }], [['harbour', 'wall']]);
    expect(kept.hits).toEqual([]);
  });

  it('stops once enough are kept, in rank order, and says the rest were not checked', async () => {
    const db = openTestDatabase();
    const ids: number[] = [];
    for (let i = 0; i < 60; i++)
      ids.push(await store(db, `T${i}`, i % 2 === 0 ? 'The harbour wall.' : 'A wall by the harbour.'));
    const hits = ids.map((id) => ({ id, score: 1, terms: ['harbour', 'wall'] }));
    const head = await keepPhraseMatches(db, hits, [['harbour', 'wall']], 10);
    expect(head.hits.map((h) => h.id)).toEqual(ids.filter((_, i) => i % 2 === 0).slice(0, 10));
    expect(head.complete).toBe(false);
    const all = await keepPhraseMatches(db, hits, [['harbour', 'wall']], 40);
    expect(all.hits).toHaveLength(30);
    expect(all.complete).toBe(true);
  });
});
