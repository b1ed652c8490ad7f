import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../../lib/article.ts';
import { say } from '../../lib/i18n/message.ts';
import { parseMarkdownDocument, toMarkdownDocument } from '../../lib/markdown/markdown-document.ts';
import { inEnglish, translatorFor } from '../harness/locale-messages';

const article: Article = {
  title: 'How to Cook Rice',
  authors: ['Ada Lovelace', 'Grace Hopper'],
  siteName: 'Kitchen Notes',
  publishedTime: '2024-03-01T08:00:00.000Z',
  lang: 'en',
  dir: 'ltr',
  excerpt: 'Rinse, soak, simmer.',
  sourceUrl: 'https://kitchen.test/rice?ref=home#top',
  canonicalUrl: 'https://kitchen.test/rice',
  leadImage: 'https://kitchen.test/rice.jpg',
  wordCount: 812,
  readingMinutes: 4,
  capturedAt: '2024-05-01T09:30:00.000Z',
  markdown: '# Rice\n\nRinse it.\n\n---\n\nThat line above is a rule, not front matter.',
};

function frontMatterOf(document: string): string {
  return document.slice(4, document.indexOf('\n---\n') + 1);
}

describe('toMarkdownDocument', () => {
  it('writes readable front matter in a fixed order, a blank line, the body and a final newline', () => {
    expect(toMarkdownDocument({ ...article, tags: ['food', 'how-to'] })).toBe(
      [
        '---',
        'title: How to Cook Rice',
        'authors:',
        '  - Ada Lovelace',
        '  - Grace Hopper',
        'site: Kitchen Notes',
        'published: "2024-03-01T08:00:00.000Z"',
        'lang: en',
        'dir: ltr',
        'source: https://kitchen.test/rice?ref=home#top',
        'canonical: https://kitchen.test/rice',
        'image: https://kitchen.test/rice.jpg',
        'excerpt: Rinse, soak, simmer.',
        'word_count: 812',
        'reading_minutes: 4',
        'captured: "2024-05-01T09:30:00.000Z"',
        'tags:',
        '  - food',
        '  - how-to',
        '---',
        '',
        article.markdown,
        '',
      ].join('\n'),
    );
  });

  it('leaves out empty fields', () => {
    const bare: Article = {
      ...article,
      authors: [],
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
    };
    const text = toMarkdownDocument({ ...bare, leadImage: null, excerpt: null, tags: [] });
    expect(Object.keys(parse(frontMatterOf(text)) as object)).toEqual([
      'title',
      'source',
      'canonical',
      'word_count',
      'reading_minutes',
      'captured',
    ]);
  });

  it('gives the same bytes whatever order the article object was built in', () => {
    const reversed = Object.fromEntries(Object.entries(article).reverse()) as unknown as Article;
    expect(toMarkdownDocument({ ...reversed, tags: ['a'] })).toBe(
      toMarkdownDocument({ ...article, tags: ['a'] }),
    );
  });
});

describe('parseMarkdownDocument', () => {
  it('gives back the article and tags exactly, and re-serialising gives the same bytes', () => {
    const text = toMarkdownDocument({ ...article, tags: ['food'] });
    const parsed = parseMarkdownDocument(text);
    expect(parsed).toEqual({ ok: true, article, tags: ['food'], state: {} });
    if (parsed.ok) expect(toMarkdownDocument({ ...parsed.article, tags: parsed.tags })).toBe(text);
  });

  it.each([
    ['an empty body', ''],
    ['a body with leading and trailing newlines', '\n\ntext\n\n'],
    ['a body that looks like front matter', '---\ntitle: fake\n---\n\n...\n'],
    ['a body of Windows line ends', 'a\r\nb\r\n'],
  ])('keeps %s exactly', (_name, markdown) => {
    const parsed = parseMarkdownDocument(toMarkdownDocument({ ...article, markdown }));
    expect(parsed.ok && parsed.article.markdown).toBe(markdown);
  });

  it('keeps a page still to capture, archived in the tool it came from, as such through a round trip', () => {
    const pending: Article = {
      ...article,
      markdown: '',
      wordCount: 0,
      readingMinutes: 0,
      notCaptured: true,
    };
    const text = toMarkdownDocument({ ...pending, tags: ['from pocket'], status: 'archived', progress: 0 });
    expect(text).toContain('\nnot_captured: true\ntags:');
    expect(text).toContain('\nstatus: archived\n');
    expect(text).not.toMatch(/^archived:/m);
    expect(parseMarkdownDocument(text)).toEqual({
      ok: true,
      article: pending,
      tags: ['from pocket'],
      state: { status: 'archived' },
    });
    // Absent on a captured article, whose file is as before.
    expect(toMarkdownDocument(article)).not.toMatch(/not_captured|archived/);
  });

  it('reads a file saved with a byte order mark and Windows line ends', () => {
    const text = `\uFEFF${toMarkdownDocument(article).replace(/\n/g, '\r\n')}`;
    const parsed = parseMarkdownDocument(text);
    expect(parsed.ok && parsed.article.title).toBe(article.title);
    expect(parsed.ok && parsed.article.markdown).toBe(article.markdown);
  });

  it('reads hand-written front matter: single tag, unquoted dates, unknown keys ignored', () => {
    const text = [
      '---',
      'title: Notes',
      'source: https://x.test/a',
      'canonical: https://x.test/a',
      'word_count: 10',
      'reading_minutes: 1',
      'captured: 2024-01-02',
      'tags: reading',
      'aliases: [n]',
      '---',
      'Body',
    ].join('\n');
    const parsed = parseMarkdownDocument(text);
    expect(parsed).toMatchObject({
      ok: true,
      tags: ['reading'],
      article: { capturedAt: '2024-01-02', markdown: 'Body' },
    });
  });

  it.each([
    ['no front matter', '# Just Markdown\n', 'no front matter'],
    ['front matter that never ends', '---\ntitle: x\n', 'never ends'],
    ['broken YAML', '---\ntitle: [unclosed\n---\n', 'not valid YAML'],
    ['a list instead of keys', '---\n- a\n---\n', 'key: value'],
    ['empty front matter', '---\n---\nbody', 'key: value'],
    ['a missing title', '---\nsource: https://x.test/\n---\n', 'no `title`'],
    ['a number as title', valid({ title: '42' }), '`title` must be text'],
    ['a number as author', valid({ authors: '[1]' }), '`authors` must be a list of text'],
    ['a word count in words', valid({ word_count: 'many' }), '`word_count` must be a number'],
    ['a negative word count', valid({ word_count: '-3' }), '`word_count` must not be negative'],
    [
      'a fractional reading time',
      valid({ reading_minutes: '1.5' }),
      '`reading_minutes` must be a whole number',
    ],
    ['an unknown direction', valid({ dir: 'up' }), '`dir` must be ltr or rtl'],
    ['a relative source', valid({ source: '/page' }), '`source` must be a full address'],
    ['a date that is no date', valid({ captured: 'yesterday' }), '`captured` must be a date'],
    [
      'a key given twice',
      `${valid({})}`.replace('title: T', 'title: T\ntitle: U'),
      'Map keys must be unique',
    ],
    ['an alias', valid({ site: '&s Site', lang: '*s' }), 'aliases'],
    ['a custom tag', valid({ site: '!!js/function "x"' }), 'not valid YAML'],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseMarkdownDocument(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && inEnglish(parsed.message)).toContain(message);
    // Worded by us, so it can be put into the reader's language (not the schema library's English).
    expect(!parsed.ok && typeof parsed.message).toBe('object');
  });

  it('says what is wrong with a field in the reader’s language', () => {
    const parsed = parseMarkdownDocument(valid({ word_count: '-3' }));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(say(translatorFor('de'), parsed.message)).toBe('`word_count` darf nicht negativ sein.');
    expect(say(translatorFor('pl'), parsed.message)).toBe('Pole `word_count` nie może być ujemne.');
  });

  it('does not let a __proto__ key reach any object prototype', () => {
    const text = valid({ ['__proto__']: '{ polluted: true }' });
    expect(text).toContain('__proto__: { polluted: true }');
    const parsed = parseMarkdownDocument(text);
    expect(parsed.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

/** A valid hand-written document with some lines replaced. */
function valid(overrides: Record<string, string>): string {
  const fields: Record<string, string> = {
    title: 'T',
    source: 'https://x.test/',
    canonical: 'https://x.test/',
    word_count: '1',
    reading_minutes: '1',
    captured: '2024-01-01T00:00:00Z',
    ...overrides,
  };
  return `---\n${Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')}\n---\n\nbody\n`;
}
