import fc from 'fast-check';
import { inEnglish } from '../harness/locale-messages';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { CAPTURE_LIMITS } from '../../lib/articles/article-limits';
import { articleProblem, tagsSchema } from '../../lib/articles/article-schema';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { readExportZip } from '../../lib/import/read-export-zip';
import { normalizeTag } from '../../lib/tags/normalize-tag';
import * as v from 'valibot';
import { joinChunks } from '../export/join-chunks';

const NOW = new Date('2026-11-27T10:15:00.000Z');
const encoder = new TextEncoder();

/** Any text at all, control characters, bidi marks, emoji and YAML-looking words included. */
const anyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.string({ unit: 'grapheme', maxLength }),
    // Any UTF-16 unit, so also half an emoji, which no file can hold.
    fc.string({
      unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
      maxLength: 20,
    }),
    fc.constantFrom(
      'yes',
      'null',
      '1:20',
      '2024-01-01',
      '- item',
      '"quoted"',
      '#',
      '---',
      '\r\n',
      '\u2028',
      '\uFEFF',
    ),
  );
const isoDate = fc
  .date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true })
  .chain((date) =>
    fc.constantFrom(
      date.toISOString(),
      date.toISOString().slice(0, 10),
      date.toISOString().slice(0, 19),
      `${date.toISOString().slice(0, 19)}+05:30`,
    ),
  );
const pageUrl = fc.oneof(
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.constant('file:///home/me/page.html'),
);
const inlineImage = fc
  .integer({ min: 1, max: 2000 })
  .map((n) => `![a chart](data:image/png;base64,${'iVBORw0K'.repeat(n)})`);
const markdown = fc
  .array(fc.oneof(anyText(200), inlineImage, fc.constant('```\ncode\n```'), fc.constant('')), {
    maxLength: 8,
  })
  .map((parts) => parts.join('\n'));
const tags = fc.uniqueArray(
  anyText(60)
    .map(normalizeTag)
    .filter((tag) => tag !== ''),
  { maxLength: 12 },
);

const article: fc.Arbitrary<StoredArticle> = fc.record({
  id: fc.nat(),
  title: anyText(CAPTURE_LIMITS.titleLength),
  authors: fc.array(anyText(80), { maxLength: 4 }),
  siteName: fc.option(anyText(80)),
  publishedTime: fc.option(isoDate),
  lang: fc.option(fc.constantFrom('en', 'ar', 'zh-Hant-TW', 'x')),
  dir: fc.constantFrom('ltr' as const, 'rtl' as const, null),
  excerpt: fc.option(anyText(300)),
  sourceUrl: pageUrl,
  canonicalUrl: pageUrl,
  leadImage: fc.option(fc.webUrl()),
  wordCount: fc.nat(),
  readingMinutes: fc.nat(),
  capturedAt: isoDate,
  markdown,
  tags,
  status: fc.constantFrom('unread' as const, 'read' as const, 'archived' as const),
  progress: fc.integer({ min: 0, max: 1000 }).map((n) => n / 1000),
});

/** Whether capture may store the article: the article schema and the tag schema accept it. */
const isStorable = ({ id: _id, tags: list, status: _s, progress: _p, ...fields }: StoredArticle) =>
  articleProblem(fields, CAPTURE_LIMITS) === null && v.is(tagsSchema(CAPTURE_LIMITS), list);

/** Articles the schema accepts, as capture may store them. */
const storable = article.filter(isStorable);

async function roundTrip(articles: StoredArticle[]) {
  const zip = joinChunks(await buildExportZip(articles, { total: articles.length, now: NOW }));
  const result = await readExportZip(zip);
  if (!result.ok) throw new Error(inEnglish(result.message));
  expect(result.skipped).toEqual([]);
  expect(result.articles).toHaveLength(articles.length);
  result.articles.forEach((entry, i) => {
    // fast-check builds records without a prototype; the reader gives plain objects.
    const original = { ...(articles[i] as StoredArticle) };
    expect(entry.notes).toEqual([]);
    const back = { ...entry.article, tags: entry.tags, ...entry.state, id: original.id };
    expect(back).toStrictEqual(original);
    // Compared as buffers: element by element, megabytes take vitest minutes.
    const [again, first] = [articleDocument(back), articleDocument(original)].map((d) => encoder.encode(d));
    expect(Buffer.from(again as Uint8Array).equals(first as Uint8Array)).toBe(true);
  });
}

describe('any article the schema accepts', () => {
  it('survives export and import byte-identical', async () => {
    await fc.assert(fc.asyncProperty(fc.array(storable, { minLength: 1, maxLength: 4 }), roundTrip), {
      numRuns: 150,
    });
  }, 120_000);

  it('survives export and import at the capture limits, every field as large as allowed', async () => {
    const MiB = 1024 * 1024;
    // Characters JSON and YAML escape (6 bytes each in the manifest), repeated: the manifest and
    // the zip reader's bomb checks see the worst an article can give them.
    const image = `![x](data:image/png;base64,${'A'.repeat(MiB - 32)})`;
    const images = Array.from({ length: 4 }, () => image).join('\n\n');
    const code = `\`\`\`\n${'x = 1\n'.repeat((CAPTURE_LIMITS.bodyBytes - images.length - 100) / 6)}\`\`\``;
    const longUrl = (n: number) => `https://example.com/${'a'.repeat(CAPTURE_LIMITS.urlLength - 30)}${n}`;
    const maximal: StoredArticle = {
      id: 1,
      title: '\u0001'.repeat(CAPTURE_LIMITS.titleLength),
      authors: Array.from({ length: CAPTURE_LIMITS.authorCount }, () =>
        'é'.repeat(CAPTURE_LIMITS.nameLength),
      ),
      siteName: '"'.repeat(CAPTURE_LIMITS.nameLength),
      publishedTime: '2024-02-29T23:59:59.999-23:59',
      lang: 'x'.repeat(CAPTURE_LIMITS.langLength),
      dir: 'rtl',
      excerpt: '\u200f'.repeat(CAPTURE_LIMITS.excerptLength),
      sourceUrl: longUrl(1),
      canonicalUrl: longUrl(2),
      leadImage: longUrl(3),
      wordCount: Number.MAX_SAFE_INTEGER,
      readingMinutes: Number.MAX_SAFE_INTEGER,
      capturedAt: '9999-12-31T23:59:59.999Z',
      markdown: `${images}\n\n${code}`,
      tags: Array.from({ length: CAPTURE_LIMITS.tagCount }, (_, i) => `${'t'.repeat(36)}${i}`),
      status: 'archived',
      progress: 0.999,
    };
    expect(isStorable(maximal)).toBe(true);
    await roundTrip([maximal, { ...maximal, id: 2, canonicalUrl: longUrl(4) }]);
  }, 60_000);
});
