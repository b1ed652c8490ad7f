import { describe, expect, it } from 'vitest';
import { makeRecord } from '../articles/article-factory';
import { createArticleSearch, indexArticle } from '../../lib/search/article-search';
import { searchWhileLoading } from '../../lib/search/search-while-loading';

const record = (id: number, title: string, siteName: string, tags: string[] = []) =>
  makeRecord({ id, title, siteName, tags });

describe('searchWhileLoading', () => {
  // Articles 3 and 2 are in the part of the index loaded so far; 1 is not loaded yet.
  const records = [
    record(3, 'Gulls', 'Sea News'),
    record(2, 'Sea kale', 'Garden'),
    record(1, 'Sea terns', 'Birds'),
  ];
  const index = createArticleSearch();
  indexArticle(index, {
    ...record(3, 'Gulls', 'Sea News'),
    markdown: 'Gulls nest on the cliffs by the sea.',
  });
  indexArticle(index, { ...record(2, 'Sea kale', 'Garden'), markdown: 'Kale grows on shingle.' });

  it('finds body words in loaded articles, and metadata matches in the rest, ranked first', () => {
    const hits = searchWhileLoading(index, records, 'sea');
    expect(
      hits
        .map((h) => h.id)
        .slice(0, 2)
        .sort(),
    ).toEqual([2, 3]);
    expect(hits.map((h) => h.id)[2]).toBe(1);
    expect(hits).toHaveLength(3);
  });

  it('does not find body words of an article not loaded yet', () => {
    expect(searchWhileLoading(index, records, 'cliffs').map((h) => h.id)).toEqual([3]);
    expect(searchWhileLoading(index, records, 'terns').map((h) => h.id)).toEqual([1]);
  });

  it('answers nothing to an empty query', () => {
    expect(searchWhileLoading(index, records, '  ')).toEqual([]);
  });
});
