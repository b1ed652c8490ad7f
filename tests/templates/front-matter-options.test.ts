import { describe, expect, it } from 'vitest';
import { inEnglish } from '../harness/locale-messages';
import { parse } from 'yaml';
import { parseMarkdownDocument, toMarkdownDocument } from '../../lib/markdown/markdown-document';
import {
  DEFAULT_FRONT_MATTER_OPTIONS,
  MAX_CONSTANT_FIELDS,
  checkFrontMatterOptions,
  type FrontMatterOptions,
} from '../../lib/templates/front-matter-options';
import { makeArticle } from '../articles/article-factory';

const article = { ...makeArticle({ leadImage: 'https://example.com/mill.jpg' }), tags: ['mills'] };

function options(change: Partial<FrontMatterOptions>): FrontMatterOptions {
  return { ...DEFAULT_FRONT_MATTER_OPTIONS, ...change };
}

function frontMatter(document: string): Record<string, unknown> {
  return parse(document.slice(4, document.indexOf('\n---\n') + 1)) as Record<string, unknown>;
}

describe('front matter options', () => {
  it('write exactly today’s file with the defaults', () => {
    expect(toMarkdownDocument(article, DEFAULT_FRONT_MATTER_OPTIONS)).toBe(toMarkdownDocument(article));
    expect(Object.keys(frontMatter(toMarkdownDocument(article)))).toEqual([
      'title',
      'authors',
      'site',
      'published',
      'lang',
      'dir',
      'source',
      'canonical',
      'image',
      'excerpt',
      'word_count',
      'reading_minutes',
      'captured',
      'tags',
    ]);
  });

  it('rename fields in place and leave others out, and the import reads the file back whole', () => {
    const chosen = options({
      rename: { source: 'url', authors: 'author', captured: 'created' },
      omit: ['excerpt'],
    });
    const document = toMarkdownDocument(article, chosen);
    const keys = Object.keys(frontMatter(document));
    expect(keys.slice(0, 8)).toEqual([
      'title',
      'author',
      'site',
      'published',
      'lang',
      'dir',
      'url',
      'canonical',
    ]);
    expect(keys).not.toContain('excerpt');
    expect(keys).toContain('created');
    const read = parseMarkdownDocument(document);
    expect(read).toEqual({
      ok: true,
      article: { ...makeArticle({ leadImage: article.leadImage }), excerpt: null },
      tags: ['mills'],
      state: {},
    });
  });

  it('add constant fields last and default tags after the article’s own, once each', () => {
    const chosen = options({
      constants: { type: 'article', status: 'yes' },
      defaultTags: ['Reading', 'mills', ' '],
    });
    const document = toMarkdownDocument(article, chosen);
    const data = frontMatter(document);
    expect(data.tags).toEqual(['mills', 'reading']);
    expect(Object.entries(data).slice(-2)).toEqual([
      ['type', 'article'],
      // Quoted, so a YAML 1.1 reader does not take it for `true`.
      ['status', 'yes'],
    ]);
    expect(document).toContain('status: "yes"');
  });

  it('give an article without tags the default ones', () => {
    const data = frontMatter(
      toMarkdownDocument({ ...article, tags: [] }, options({ defaultTags: ['inbox'] })),
    );
    expect(data.tags).toEqual(['inbox']);
  });

  it.each<[string, Partial<FrontMatterOptions>, RegExp]>([
    ['leaving out a field the import needs', { omit: ['source'] }, /must keep "source": the import needs it/],
    ['leaving out an unknown field', { omit: ['colour' as 'title'] }, /no field "colour"/],
    [
      'a name that is not one of the field’s',
      { rename: { source: 'href' } },
      /"source" cannot be called "href": use "url" or "link"/,
    ],
    [
      'renaming a field that has no other names',
      { rename: { title: 'name' } },
      /"title" cannot be called "name"\./,
    ],
    [
      'renaming an unknown field',
      { rename: { colour: 'color' } as FrontMatterOptions['rename'] },
      /no field "colour"/,
    ],
    ['a constant with a YAML-breaking name', { constants: { 'a: b': 'x' } }, /needs a name of letters/],
    [
      'a constant named like an article field',
      { constants: { url: 'x' } },
      /has the name of an article field/,
    ],
    ['a constant too long', { constants: { note: 'x'.repeat(201) } }, /longer than 200/],
    [
      'too many constants',
      {
        constants: Object.fromEntries(
          Array.from({ length: MAX_CONSTANT_FIELDS + 1 }, (_, i) => [`k${i}`, 'v']),
        ),
      },
      /at most 20 constant fields/,
    ],
    ['an empty default tag', { defaultTags: ['  '] }, /default tag is empty/],
  ])('refuse %s with a message', (_, change, message) => {
    expect(inEnglish(checkFrontMatterOptions(options(change)) ?? '')).toMatch(message);
  });

  it('accept the defaults and every offered other name', () => {
    expect(checkFrontMatterOptions(DEFAULT_FRONT_MATTER_OPTIONS)).toBeNull();
    expect(
      checkFrontMatterOptions(options({ rename: { source: 'link', site: 'publisher' }, omit: ['tags'] })),
    ).toBeNull();
  });
});
