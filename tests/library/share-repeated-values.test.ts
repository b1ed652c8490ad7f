import { describe, expect, it } from 'vitest';
import { makeStoredArticle } from '../articles/article-factory';
import { shareRepeatedValues, type StringPool } from '../../lib/library/share-repeated-values';

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
    const pool: StringPool = new Map();
    for (const record of records) expect(shareRepeatedValues(record, pool)).toBe(record);
    expect(records).toEqual(before);
  });
});
