import * as v from 'valibot';
import { say } from '../../lib/i18n/message';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import { CAPTURE_LIMITS, IMPORT_LIMITS, type ArticleLimits } from '../../lib/articles/article-limits';
import { ArticleShapeSchema, articleProblem, tagsSchema } from '../../lib/articles/article-schema';
import { makeArticle } from './article-factory';

describe('articleSchema', () => {
  it('accepts a captured article', () => {
    expect(articleProblem(makeArticle(), CAPTURE_LIMITS)).toBeNull();
  });

  it.each([
    ['an empty title', { title: '  ' }, /no title/],
    ['a title over the limit', { title: 'T'.repeat(501) }, /title is longer than 500/],
    ['a relative canonical URL', { canonicalUrl: '/story' }, /canonical address is not a web address/],
    ['a javascript: source hidden by a tab', { sourceUrl: 'java\tscript:alert(1)' }, /source address/],
    ['a data: lead image', { leadImage: 'data:image/png;base64,AAAA' }, /lead image/],
    ['a negative word count', { wordCount: -1 }, /word count is negative/],
    ['a fractional reading time', { readingMinutes: 1.5 }, /reading time must be a whole number/],
    ['a capture time that is no date', { capturedAt: 'yesterday' }, /capture time/],
    ['a published time out of range', { publishedTime: '2024-01-01T99:99:00' }, /published date/],
    ['an unknown direction', { dir: 'up' }, /direction/],
    ['a broken character', { excerpt: 'half an emoji \uD83D' }, /broken character/],
    ['a body over the limit', { markdown: 'é'.repeat(4.5 * 1024 * 1024) }, /text is larger than 8.0 MB/],
    [
      'an inline image over the limit',
      { markdown: `![x](data:image/png;base64,${'A'.repeat(1024 * 1024)})` },
      /inline images larger than 1.0 MB each/,
    ],
  ])('refuses %s, saying what is wrong', (_, change, message) => {
    const problem = articleProblem({ ...makeArticle(), ...change }, CAPTURE_LIMITS);
    expect(problem && inEnglish(problem)).toMatch(message);
    // Worded by us, so it can be put into the reader's language (not the schema library's English).
    expect(typeof problem).toBe('object');
  });

  it('says what is wrong in the reader’s language, with its numbers and plural', () => {
    const problem = articleProblem(makeArticle({ title: 'T'.repeat(501) }), CAPTURE_LIMITS);
    expect(problem && say(translatorFor('de'), problem)).toBe('Der Titel ist länger als 500 Zeichen.');
    expect(problem && say(translatorFor('pl'), problem)).toBe('Tytuł: ponad 500 znaków.');
    const large = articleProblem(makeArticle({ markdown: 'é'.repeat(4.5 * 1024 * 1024) }), CAPTURE_LIMITS);
    expect(large && say(translatorFor('de'), large)).toBe('Der Text ist größer als 8,0 MB.');
  });

  it('accepts a file: page, which a user may capture', () => {
    const url = 'file:///home/me/notes.html';
    expect(articleProblem(makeArticle({ sourceUrl: url, canonicalUrl: url }), CAPTURE_LIMITS)).toBeNull();
  });

  it('refuses extra fields a page might slip in', () => {
    expect(articleProblem({ ...makeArticle(), id: 1 }, CAPTURE_LIMITS)).not.toBeNull();
    expect(v.is(ArticleShapeSchema, { ...makeArticle(), id: 1 })).toBe(false);
  });
});

describe('the limits', () => {
  it('are stricter at capture than at import, every one of them', () => {
    for (const key of Object.keys(CAPTURE_LIMITS) as (keyof ArticleLimits)[]) {
      expect(CAPTURE_LIMITS[key], key).toBeLessThan(IMPORT_LIMITS[key]);
    }
  });
});

describe('tagsSchema', () => {
  it.each([
    [['news', 'long reads'], true],
    [[], true],
    [[''], false],
    [['News'], false],
    [['x'.repeat(41)], false],
    [['a', 'a'], false],
    [Array.from({ length: 101 }, (_, i) => `t${i}`), false],
  ])('%j → %s', (tags, valid) => {
    expect(v.is(tagsSchema(CAPTURE_LIMITS), tags)).toBe(valid);
  });
});
