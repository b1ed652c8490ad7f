import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { Article } from '../../lib/article.ts';
import { parseMarkdownDocument, toMarkdownDocument } from '../../lib/markdown/markdown-document.ts';

const base: Article = {
  title: 'T',
  authors: [],
  siteName: null,
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  sourceUrl: 'https://x.test/a',
  canonicalUrl: 'https://x.test/a',
  leadImage: null,
  wordCount: 1,
  readingMinutes: 1,
  capturedAt: '2024-05-01T09:30:00.000Z',
  markdown: 'Body',
};

const HOSTILE = [
  'Title: with a colon',
  'key: value # and a comment',
  '"double" and \'single\' quotes',
  '---',
  '...',
  '--- leading dashes',
  '- leading dash',
  '? question',
  '@at',
  '`backtick',
  '# hash',
  '!tag',
  '&anchor',
  '*alias',
  '%directive',
  '|',
  '>',
  '{ flow: map }',
  '[flow, seq]',
  'line one\nline two',
  'trailing newline\n',
  '\nleading newline',
  'tab\there',
  ' leading space',
  'trailing space ',
  'emoji 🍚🏳️‍🌈 and ZWJ 👨‍👩‍👧',
  'zero\u200bwidth\u2060joiner\ufeffbom',
  'RTL override \u202egnp.exe and isolate \u2066x\u2069',
  'Arabic: مرحبا بالعالم',
  'control \u0000\u0001\u0007\u001b\u007f\u0085\u009f chars',
  'line\u2028separator\u2029paragraph',
  'lone surrogate \ud800 here',
  'yes',
  'No',
  'ON',
  'off',
  'y',
  'null',
  'Null',
  '~',
  'true',
  '=',
  '<<',
  '123',
  '-1.5e3',
  '0x1F',
  '0o17',
  '1_000',
  '1:20',
  '.inf',
  '.NaN',
  '2024-01-01',
  '2024-01-01 10:00:00',
  'T'.repeat(2000),
  '<script>alert(1)</script> <b>html</b>',
  '**Markdown** [link](https://x.test) ![img](a.png)',
  '\\ backslash \\n not a newline',
  '',
];

function roundTrips(value: string): void {
  const withValue: Article = {
    ...base,
    title: value,
    authors: [value, 'plain'],
    siteName: value,
    excerpt: value,
    lang: value,
  };
  const text = toMarkdownDocument({ ...withValue, tags: [value] });
  const parsed = parseMarkdownDocument(text);
  expect(parsed).toEqual({ ok: true, article: withValue, tags: [value], state: {} });
  if (!parsed.ok) return;
  expect(toMarkdownDocument({ ...parsed.article, tags: parsed.tags })).toBe(text);

  const frontMatter = text.slice(4, text.indexOf('\n---\n') + 1);
  // One line per value; nothing a reader cannot see, nothing another tool splits lines on.
  const lines = frontMatter.split('\n').filter(Boolean);
  expect(lines).toHaveLength(14);
  for (const line of lines) expect(line).toMatch(/^(?:[a-z_]+:(?: .+)?| {2}- .+)$/);
  for (const line of lines) expect(line).not.toMatch(/[\p{Cc}\u2028\u2029\u200b\u202e\ufeff]/u);
  // A YAML 1.1 reader (PyYAML, many static-site tools) sees the same text, not a boolean, date or number.
  const yaml11 = parse(frontMatter, { version: '1.1' }) as Record<string, unknown>;
  expect(yaml11.title).toBe(value);
  expect(yaml11.tags).toEqual([value]);
}

describe('front matter survives hostile text', () => {
  it.each(HOSTILE.map((value) => [JSON.stringify(value).slice(0, 60), value]))('%s', (_name, value) => {
    roundTrips(value);
  });

  it('survives random strings built from the nastiest characters', () => {
    const alphabet = Array.from(
      new Set([
        ...HOSTILE.join(''),
        ...':#-?@`\'"\\{}[],&*!|>%=~ \t\n\r',
        '\u0000',
        '\u00a0',
        '\u00ad',
        '\u200d',
        '\ud83c',
        '\udf5a',
        '🍚',
      ]),
    );
    // A fixed seed keeps failures reproducible.
    let seed = 20240501;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let run = 0; run < 300; run++) {
      const length = Math.floor(random() * 24);
      const value = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      roundTrips(value);
    }
  });
});
