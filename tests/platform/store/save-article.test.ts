import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { countArticles, getStoredArticle } from '../../../lib/platform/store/article-store';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { saveArticle } from '../../../lib/platform/store/save-article';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

describe('saveArticle', () => {
  it('stores the record and its body apart, and reads them back together', async () => {
    const article = makeArticle();
    const result = await saveArticle(db, article, { replace: false });
    expect(result).toEqual({ status: 'saved', id: expect.any(Number), replaced: false });
    const id = result.id;
    expect(await db.bodies.get(id)).toEqual({ id, markdown: article.markdown });
    expect(await getStoredArticle(db, id)).toEqual({
      ...article,
      id,
      tags: [],
      status: 'unread',
      progress: 0,
    });
  });

  it('keeps one copy per canonical URL and reports the duplicate without touching it', async () => {
    const first = await saveArticle(db, makeArticle(), { replace: false });
    const again = await saveArticle(
      db,
      makeArticle({ markdown: 'Changed', capturedAt: '2026-04-01T00:00:00.000Z' }),
      {
        replace: false,
      },
    );
    expect(again).toEqual({
      status: 'duplicate',
      id: first.id,
      title: 'Harbour town votes to rebuild its tidal mill',
    });
    expect(await countArticles(db)).toBe(1);
    expect((await getStoredArticle(db, first.id))?.markdown).toBe(makeArticle().markdown);
  });

  it('replaces in place when asked: same id, same tags, new body and metadata', async () => {
    const first = await saveArticle(db, makeArticle(), { replace: false });
    await db.articles.update(first.id, { tags: ['energy'] });
    const newer = makeArticle({
      title: 'Tidal mill vote: update',
      markdown: 'New body',
      capturedAt: '2026-04-01T00:00:00.000Z',
    });
    expect(await saveArticle(db, newer, { replace: true })).toEqual({
      status: 'saved',
      id: first.id,
      replaced: true,
    });
    expect(await countArticles(db)).toBe(1);
    expect(await getStoredArticle(db, first.id)).toEqual({
      ...newer,
      id: first.id,
      tags: ['energy'],
      status: 'unread',
      progress: 0,
    });
  });

  it('fills in a page still to capture (moved in from a reading list) without asking, keeping its id, tags and status', async () => {
    const pending = await saveArticle(db, makeArticle({ markdown: '', wordCount: 0, notCaptured: true }), {
      replace: false,
    });
    await db.articles.update(pending.id, { tags: ['from pocket'], status: 'archived' });
    const captured = makeArticle({ capturedAt: '2026-04-01T00:00:00.000Z' });
    expect(await saveArticle(db, captured, { replace: false })).toEqual({
      status: 'saved',
      id: pending.id,
      replaced: true,
    });
    expect(await countArticles(db)).toBe(1);
    expect(await getStoredArticle(db, pending.id)).toEqual({
      ...captured,
      id: pending.id,
      tags: ['from pocket'],
      status: 'archived',
      progress: 0,
    });
  });

  it('leaves nothing behind when the body cannot be written', async () => {
    db.bodies.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(saveArticle(db, makeArticle(), { replace: false })).rejects.toThrow('disk full');
    expect(await countArticles(db)).toBe(0);
  });
});

describe('saveArticle and pages of another site', () => {
  const bank = makeArticle({
    title: 'Your statement',
    sourceUrl: 'https://www.bank.example/statement',
    canonicalUrl: 'https://bank.example/statement',
    markdown: 'Balance: 1,000.',
  });
  // A page on another site that names the bank's page as its canonical URL.
  const trap = makeArticle({
    title: 'Trap',
    sourceUrl: 'https://evil.example/trap#top',
    canonicalUrl: 'https://bank.example/statement',
    markdown: 'Planted text.',
  });

  it('never reports an article of another site as already saved', async () => {
    const saved = await saveArticle(db, bank, { replace: false });
    const again = await saveArticle(db, trap, { replace: false });
    expect(again).toEqual({ status: 'saved', id: expect.any(Number), replaced: false });
    expect(again.id).not.toBe(saved.id);
    // The trap is kept under its own address, and the bank's article is as it was.
    expect((await getStoredArticle(db, again.id))?.canonicalUrl).toBe('https://evil.example/trap');
    expect(await getStoredArticle(db, saved.id)).toEqual({
      ...bank,
      id: saved.id,
      tags: [],
      status: 'unread',
      progress: 0,
    });
  });

  it('never replaces an article of another site on "Capture again"', async () => {
    const saved = await saveArticle(db, bank, { replace: false });
    await db.articles.update(saved.id, { tags: ['money'] });
    await saveArticle(db, trap, { replace: true });
    expect(await getStoredArticle(db, saved.id)).toEqual({
      ...bank,
      id: saved.id,
      tags: ['money'],
      status: 'unread',
      progress: 0,
    });
    expect(await countArticles(db)).toBe(2);
  });

  it("leaves alone an article stored under another site's address before this rule", async () => {
    // Saved by an older version: the trap's record holds the bank's canonical URL.
    const old = await saveArticle(
      db,
      { ...trap, sourceUrl: 'https://bank.example/statement' },
      { replace: false },
    );
    await db.articles.update(old.id, { sourceUrl: 'https://evil.example/trap' });
    const outcome = await saveArticle(db, bank, { replace: true });
    expect(outcome).toEqual({ status: 'other-site', id: old.id, title: 'Trap' });
    expect((await getStoredArticle(db, old.id))?.markdown).toBe('Planted text.');
    expect(await countArticles(db)).toBe(1);
  });
});

describe('saveArticle with excerpts', () => {
  const excerpt = (markdown: string) => makeArticle({ markdown, selection: true });

  it('stores excerpts of a saved page beside its article, each different selection apart', async () => {
    const article = await saveArticle(db, makeArticle(), { replace: false });
    const first = await saveArticle(db, excerpt('The first paragraph.'), { replace: false });
    const second = await saveArticle(db, excerpt('Another paragraph.'), { replace: false });
    expect([article.status, first.status, second.status]).toEqual(['saved', 'saved', 'saved']);
    expect(new Set([article.id, first.id, second.id]).size).toBe(3);
    expect(await countArticles(db)).toBe(3);
    expect((await getStoredArticle(db, second.id))?.selection).toBe(true);
    // The article of the page is still found as the page's one copy.
    expect(await saveArticle(db, makeArticle(), { replace: false })).toMatchObject({
      status: 'duplicate',
      id: article.id,
    });
  });

  it('reports the same selection of the same page saved again as a duplicate of that excerpt', async () => {
    const first = await saveArticle(db, excerpt('The first paragraph.'), { replace: false });
    const again = await saveArticle(db, excerpt('The first paragraph.'), { replace: false });
    expect(again).toMatchObject({ status: 'duplicate', id: first.id });
    expect(await countArticles(db)).toBe(1);
  });

  it('saves an article after an excerpt of the same page', async () => {
    await saveArticle(db, excerpt('The first paragraph.'), { replace: false });
    expect(await saveArticle(db, makeArticle(), { replace: false })).toMatchObject({ status: 'saved' });
    expect(await countArticles(db)).toBe(2);
  });
});
