import 'fake-indexeddb/auto';
import { refusalInEnglish } from '../../harness/locale-messages';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '../../../lib/platform/store/save-article';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { listTagNames, readArticleTags, setArticleTags } from '../../../lib/platform/store/article-store';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

async function save(url: string): Promise<number> {
  const result = await saveArticle(db, makeArticle({ canonicalUrl: url, sourceUrl: url }), {
    replace: false,
  });
  return result.id;
}

describe('readArticleTags', () => {
  it('reads what setArticleTags wrote, and nothing for a deleted article', async () => {
    const id = await save('https://example.org/a');
    expect(await readArticleTags(db, id)).toEqual([]);
    expect(await setArticleTags(db, id, ['rock pools', 'nature'])).toBe(true);
    expect(await readArticleTags(db, id)).toEqual(['rock pools', 'nature']);
    await db.articles.delete(id);
    expect(await readArticleTags(db, id)).toBeUndefined();
    expect(await setArticleTags(db, id, ['late'])).toBe(false);
  });

  it('refuses tags an export could not carry back in, keeping the stored ones', async () => {
    const id = await save('https://example.org/a');
    await setArticleTags(db, id, ['keep me']);
    const many = Array.from({ length: 101 }, (_, i) => `tag ${i}`);
    expect(await refusalInEnglish(setArticleTags(db, id, many))).toBe('The article has more than 100 tags.');
    expect(await refusalInEnglish(setArticleTags(db, id, ['Not Normalised']))).toMatch(/lower case/);
    expect(await readArticleTags(db, id)).toEqual(['keep me']);
  });

  it('keeps the tags when the same page is captured again', async () => {
    const id = await save('https://example.org/a');
    await setArticleTags(db, id, ['keep me']);
    const again = makeArticle({ canonicalUrl: 'https://example.org/a', title: 'Newer title' });
    expect(await saveArticle(db, again, { replace: false })).toMatchObject({ status: 'duplicate', id });
    expect(await saveArticle(db, again, { replace: true })).toMatchObject({ status: 'saved', id });
    expect(await readArticleTags(db, id)).toEqual(['keep me']);
  });
});

describe('listTagNames', () => {
  it('lists each tag in use once', async () => {
    const a = await save('https://example.org/a');
    const b = await save('https://example.org/b');
    await setArticleTags(db, a, ['work', 'climate']);
    await setArticleTags(db, b, ['climate']);
    expect(await listTagNames(db)).toEqual(['climate', 'work']);
    await setArticleTags(db, a, []);
    expect(await listTagNames(db)).toEqual(['climate']);
  });
});
