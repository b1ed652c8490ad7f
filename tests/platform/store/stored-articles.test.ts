import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CleanCaptureDb } from '../../../lib/platform/store/db';
import { articleTables } from '../../../lib/platform/store/image-store';
import {
  addStoredArticles,
  putStoredArticle,
  readStoredArticles,
  removeStoredArticles,
  withBodies,
} from '../../../lib/platform/store/stored-articles';
import { makeArticle } from '../../articles/article-factory';
import { openTestDatabase } from '../test-database';
import { UNREAD } from '../../../lib/reading-state/reading-state';

let db: CleanCaptureDb;
beforeEach(() => {
  db = openTestDatabase();
});

const article = (n: number) => ({
  ...makeArticle({ title: `Article ${n}`, canonicalUrl: `https://a.example/${n}`, markdown: `Text ${n}.` }),
  tags: [`t${n}`],
  ...UNREAD,
});

const write = (articles: ReturnType<typeof article>[]) =>
  db.transaction('rw', articleTables(db), () => addStoredArticles(db, articles));

describe('the article store join', () => {
  it('stores the text apart from the record, so lists read no body', async () => {
    const [id] = await write([article(1)]);
    const record = await db.articles.get(id as number);
    expect(record).not.toHaveProperty('markdown');
    expect(record?.title).toBe('Article 1');
    expect(await db.bodies.get(id as number)).toEqual({ id, markdown: 'Text 1.' });
  });

  it('reads articles with their text in the order asked, undefined for one that is gone', async () => {
    const [a, b, c] = await write([article(1), article(2), article(3)]);
    await db.transaction('rw', articleTables(db), () => removeStoredArticles(db, [b as number]));
    const read = await readStoredArticles(db, [c as number, b as number, a as number]);
    expect(read.map((x) => x && [x.id, x.title, x.markdown, x.tags])).toEqual([
      [c, 'Article 3', 'Text 3.', ['t3']],
      undefined,
      [a, 'Article 1', 'Text 1.', ['t1']],
    ]);
    expect(await db.bodies.count()).toBe(2);
  });

  it('joins records already read to their bodies, and puts an article back whole under its id', async () => {
    const [a] = await write([article(1)]);
    const [stored] = await readStoredArticles(db, [a as number]);
    if (!stored) throw new Error('article 1 was not stored');
    await db.transaction('rw', articleTables(db), () =>
      putStoredArticle(db, { ...stored, title: 'Renamed', markdown: 'New text.' }),
    );
    const records = await db.articles.toArray();
    expect((await withBodies(db, records)).map((x) => [x.id, x.title, x.markdown])).toEqual([
      [a, 'Renamed', 'New text.'],
    ]);
  });
});
