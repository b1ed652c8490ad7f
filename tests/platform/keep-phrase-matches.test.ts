import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../lib/platform/store/db';
import { keepPhraseMatches } from '../../lib/platform/keep-phrase-matches';

async function store(db: ReturnType<typeof openDatabase>, title: string, markdown: string): Promise<number> {
  const id = (await db.articles.add({
    title,
    authors: [],
    siteName: 'Example',
    publishedTime: null,
    lang: 'en',
    dir: null,
    excerpt: null,
    sourceUrl: `https://example.org/${title}`,
    canonicalUrl: `https://example.org/${title}`,
    leadImage: null,
    wordCount: 5,
    readingMinutes: 1,
    capturedAt: '2026-01-01T00:00:00Z',
    tags: [],
  } as never)) as number;
  await db.bodies.add({ id, markdown });
  return id;
}

describe('keepPhraseMatches', () => {
  it('keeps, in rank order, only the hits whose stored text holds the phrase', async () => {
    const db = openDatabase('phrase-test-1');
    const a = await store(db, 'One', 'The harbour wall was rebuilt.');
    const b = await store(db, 'Two', 'A wall round the harbour.');
    const c = await store(db, 'Three', 'Harbour wall repairs, and more harbour wall.');
    const hits = [c, b, a].map((id) => ({ id, score: 1, terms: ['harbour', 'wall'] }));
    const kept = await keepPhraseMatches(db, hits, [['harbour', 'wall']]);
    expect(kept.map((h) => h.id)).toEqual([c, a]);
  });

  it('drops a hit whose article was deleted meanwhile', async () => {
    const db = openDatabase('phrase-test-2');
    const a = await store(db, 'One', 'Harbour wall.');
    await db.articles.delete(a);
    expect(await keepPhraseMatches(db, [{ id: a, score: 1, terms: [] }], [['harbour', 'wall']])).toEqual([]);
  });
});
