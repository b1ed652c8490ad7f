import { describe, expect, it } from 'vitest';
import type { Article } from '../../lib/article';
import { describeImportChange } from '../../lib/import/describe-import-change';
import { makeStoredArticle } from '../articles/article-factory';

const stored = makeStoredArticle({ id: 4, tags: ['a', 'b'] });
const article: Article & { id?: number; tags?: string[] } = { ...stored };
delete article.id;
delete article.tags;

describe('describeImportChange', () => {
  it.each([
    ['nothing', {}, ['a', 'b'], []],
    ['the body', { markdown: 'Other text.' }, ['a', 'b'], ['text']],
    ['the title', { title: 'Renamed' }, ['a', 'b'], ['title']],
    ['the tags', {}, ['a'], ['tags']],
    ['the tag order', {}, ['b', 'a'], ['tags']],
    ['the capture time', { capturedAt: '2026-01-01T00:00:00.000Z' }, ['a', 'b'], ['capture time']],
    ['an author', { authors: ['Someone Else'] }, ['a', 'b'], ['details']],
    ['the reading time', { readingMinutes: 9 }, ['a', 'b'], ['details']],
    [
      'a recapture',
      { markdown: 'New.', capturedAt: '2026-01-01T00:00:00.000Z', wordCount: 1 },
      ['a', 'b'],
      ['text', 'capture time', 'details'],
    ],
  ])('names what differs: %s', (_, change: Partial<Article>, tags: string[], expected: string[]) => {
    expect(describeImportChange(stored, { article: { ...article, ...change }, tags })).toEqual(expected);
  });

  // Another profile archived it (a synced folder, a newer export): the import must not call it the same.
  it('names a different status as the reading state, but not reading a little further', () => {
    const read = { status: stored.status, progress: stored.progress };
    const incoming = { article, tags: ['a', 'b'] };
    expect(describeImportChange(stored, { ...incoming, state: { ...read, status: 'archived' } })).toEqual([
      'reading state',
    ]);
    expect(describeImportChange(stored, { ...incoming, state: { ...read, progress: 0.5 } })).toEqual([]);
  });
});
