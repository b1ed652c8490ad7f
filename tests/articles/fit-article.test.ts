import { describe, expect, it } from 'vitest';
import { allInEnglish, inEnglish } from '../harness/locale-messages';
import { CAPTURE_LIMITS, IMPORT_LIMITS } from '../../lib/articles/article-limits';
import { cutText, fitArticle, fitTags } from '../../lib/articles/fit-article';
import { limitInlineImages } from '../../lib/articles/inline-images';
import { makeArticle } from './article-factory';

const MiB = 1024 * 1024;
const image = (bytes: number, alt = 'A chart') =>
  `![${alt}](data:image/png;base64,${'A'.repeat(bytes - 22)})`;

describe('fitArticle', () => {
  it('gives an article within limits back unchanged, with no notes', () => {
    const article = makeArticle({ markdown: `Text\n\n${image(1000)}` });
    expect(fitArticle(article, CAPTURE_LIMITS)).toEqual({ ok: true, article, notes: [] });
  });

  it('cuts a long title with an ellipsis and says so', () => {
    const result = fitArticle(makeArticle({ title: 'Word '.repeat(200) }), CAPTURE_LIMITS);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.article.title).toHaveLength(500);
    expect(result.article.title).toMatch(/Word…$/);
    expect(result.notes.map(inEnglish)).toEqual(['The title was 1,000 characters long and was cut to 500.']);
  });

  it('leaves out a published date that is no date, and a lead image that is no web address', () => {
    const result = fitArticle(
      makeArticle({ publishedTime: '2024-01-01T99:99', leadImage: 'java\tscript:alert(1)' }),
      CAPTURE_LIMITS,
    );
    expect(result).toMatchObject({ ok: true, article: { publishedTime: null, leadImage: null } });
    expect(result.ok && result.notes).toHaveLength(2);
  });

  it('refuses an article with no title, or with a source that is no web address', () => {
    expect(allInEnglish(fitArticle(makeArticle({ title: ' ' }), CAPTURE_LIMITS))).toEqual({
      ok: false,
      reason: 'invalid',
      message: 'The article has no title.',
    });
    const javascript = fitArticle(makeArticle({ sourceUrl: 'javascript:alert(1)' }), CAPTURE_LIMITS);
    expect(allInEnglish(javascript)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/source address is not a web address/),
    });
  });

  it('refuses a body too large to save, with its size', () => {
    const result = fitArticle(makeArticle({ markdown: 'a'.repeat(9 * MiB) }), CAPTURE_LIMITS);
    expect(result).toMatchObject({ ok: false, reason: 'too-large' });
    expect(result.ok ? '' : inEnglish(result.message)).toBe(
      'This article is too large to save: 9.0 MB of text, more than the 8.0 MB an article may have.',
    );
  });

  it('keeps at import what capture would cut: import limits are wider', () => {
    const article = makeArticle({ title: 'T'.repeat(800) });
    expect(fitArticle(article, IMPORT_LIMITS)).toEqual({ ok: true, article, notes: [] });
  });
});

describe('limitInlineImages', () => {
  it('replaces an image over the per-image limit by a note the reader sees', () => {
    const markdown = `Before\n\n${image(MiB + 1, 'Big one')}\n\nAfter`;
    expect(limitInlineImages(markdown, CAPTURE_LIMITS)).toEqual({
      markdown: 'Before\n\n*(Image left out, too large to store: Big one)*\n\nAfter',
      dropped: 1,
    });
  });

  it('keeps images in page order until all of them together reach the limit', () => {
    const markdown = Array.from({ length: 6 }, (_, i) => image(MiB - 100, `n${i}`)).join('\n\n');
    const { markdown: limited, dropped } = limitInlineImages(markdown, CAPTURE_LIMITS);
    expect(dropped).toBe(2);
    expect(limited.match(/Image left out[^)]*/g)).toEqual([
      'Image left out, too large to store: n4',
      'Image left out, too large to store: n5',
    ]);
  });

  it('leaves web images and text that mentions data: alone', () => {
    const markdown = '![x](https://img.example/a.png) and the words data: plain';
    expect(limitInlineImages(markdown, CAPTURE_LIMITS)).toEqual({ markdown, dropped: 0 });
  });
});

describe('cutText and fitTags', () => {
  it('never splits an emoji when cutting', () => {
    expect(cutText('ab😀😀', 4)).toBe('ab…');
  });

  it('normalises tags, dropping empty and repeated ones, and says so', () => {
    const { tags, note } = fitTags(['News', ' news ', '', 'Long  Reads'], CAPTURE_LIMITS);
    expect(tags).toEqual(['news', 'long reads']);
    expect(note && inEnglish(note)).toMatch(/tags were tidied/);
    expect(fitTags(['news'], CAPTURE_LIMITS)).toEqual({ tags: ['news'], note: null });
  });
});
