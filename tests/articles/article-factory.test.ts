import { describe, expect, it } from 'vitest';
import { makeRecord, makeStoredArticle } from './article-factory';

describe('makeStoredArticle', () => {
  const articles = Array.from({ length: 40 }, (_, i) => makeStoredArticle({ id: i + 1 }));

  it('gives each id its own valid capture day, later for a higher id', () => {
    const times = articles.map((article) => article.capturedAt);
    for (const time of times) expect(new Date(time).toISOString()).toBe(time);
    expect(new Set(times).size).toBe(articles.length);
    expect(times.toSorted()).toEqual(times);
  });

  it('gives each id its own address, so many can be stored side by side', () => {
    expect(new Set(articles.map((article) => article.canonicalUrl)).size).toBe(articles.length);
  });
});

describe('makeRecord', () => {
  it('is the stored article without its body', () => {
    const record = makeRecord({ id: 12, title: 'Tern colonies' });
    expect(record).not.toHaveProperty('markdown');
    expect({ ...record, markdown: expect.any(String) }).toEqual(
      makeStoredArticle({ id: 12, title: 'Tern colonies' }),
    );
  });
});
