import { describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/article';
import { makeRecord } from '../articles/article-factory';
import { NO_FILTER } from '../../lib/search/filter-articles';
import { idsOf, libraryResults, recordsById } from '../../lib/search/library-results';

const record = (id: number, title: string, siteName: string, tags: string[] = []) =>
  makeRecord({ id, title, siteName, tags });
const records = [
  record(3, 'Gulls', 'Sea News', ['birds']),
  record(2, 'Sea kale', 'Garden'),
  record(1, 'Tern colonies', 'Sea News', ['birds']),
];
const ids = (r: { articles: readonly ArticleRecord[] }) => r.articles.map((a) => a.id);

describe('libraryResults', () => {
  it('shows everything in stored order without a query, filtered', () => {
    expect(ids(libraryResults(records, '  ', null, NO_FILTER))).toEqual([3, 2, 1]);
    expect(ids(libraryResults(records, '', null, { ...NO_FILTER, tag: 'birds' }))).toEqual([3, 1]);
  });

  it('keeps the rank order of hits, drops filtered and deleted ones, and carries matched words', () => {
    const hits = [
      { id: 1, score: 9, terms: ['colonies'] },
      { id: 99, score: 8, terms: ['colonies'] },
      { id: 2, score: 5, terms: ['colonies'] },
    ];
    const r = libraryResults(records, 'colon', hits, { ...NO_FILTER, site: 'Sea News' });
    expect(ids(r)).toEqual([1]);
    expect(r.terms.get(1)).toEqual(['colonies']);
    expect(r.partial).toBe(false);
  });

  it('searches titles and sites while the index is loading, and says so', () => {
    const r = libraryResults(records, 'sea', null, NO_FILTER);
    expect(ids(r)).toEqual([3, 2, 1]);
    expect(r.partial).toBe('metadata');
  });

  it('says when the hits come from a saved index still loading', () => {
    const r = libraryResults(records, 'gulls', [{ id: 3, score: 1, terms: ['gulls'] }], NO_FILTER, true);
    expect(ids(r)).toEqual([3]);
    expect(r.partial).toBe('loading');
  });
});

describe('idsOf and recordsById', () => {
  it('give the ids in order and each record by id, made once for the same list', () => {
    const shown = libraryResults(records, '', null, NO_FILTER).articles;
    expect(idsOf(shown)).toEqual(shown.map((a) => a.id));
    // The list shown again after the search is cleared: the same ids, not copied anew.
    expect(idsOf(libraryResults(records, '', null, NO_FILTER).articles)).toBe(idsOf(shown));
    expect(idsOf(shown.slice(1))).toEqual(shown.slice(1).map((a) => a.id));
    const second = records[1] as ArticleRecord;
    expect(recordsById(records).get(second.id)).toBe(second);
    expect(recordsById(records)).toBe(recordsById(records));
  });
});
