import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { makeStoredArticle } from '../articles/article-factory';
import { shareRepeatedValues, valuePool } from '../../lib/library/share-repeated-values';

describe('holding the values records repeat once', () => {
  it('changes no value of any record, whatever it holds', () => {
    const records = [
      makeStoredArticle({
        id: 1,
        siteName: 'Harbour News',
        tags: ['ferries', 'later'],
        authors: ['Ana Lima'],
      }),
      makeStoredArticle({
        id: 2,
        siteName: 'Harbour News',
        tags: ['later'],
        authors: ['Ana Lima', 'Bo Chen'],
      }),
      {
        ...makeStoredArticle({ id: 3, siteName: null, tags: [], authors: [] }),
        lang: null,
        dir: null,
        sourceUrl: 'https://example.org/a?ref=feed',
        canonicalUrl: 'https://example.org/a',
      },
    ];
    const before = structuredClone(records);
    const pool = valuePool();
    for (const record of records) expect(shareRepeatedValues(record, pool)).toBe(record);
    expect(records).toEqual(before);
  });

  it('holds one list for the records with the same tags or authors, which no record can change for the others', () => {
    const records = [1, 2, 3].map((id) =>
      makeStoredArticle({ id, tags: id === 3 ? ['later'] : [], authors: ['Ana Lima'] }),
    );
    const pool = valuePool();
    for (const record of records) shareRepeatedValues(record, pool);
    const [a, b, c] = records as [StoredArticle, StoredArticle, StoredArticle];
    expect(a.tags).toBe(b.tags);
    expect(a.tags).not.toBe(c.tags);
    expect(c.tags).toEqual(['later']);
    expect(a.authors).toBe(c.authors);
    expect(() => a.tags.push('ferries')).toThrow(TypeError);
    expect(b.tags).toEqual([]);
  });
});
