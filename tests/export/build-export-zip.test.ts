import { createHash } from 'node:crypto';
import { inEnglish, refusalInEnglish } from '../harness/locale-messages';
import { saidOf } from '../../lib/i18n/message-error';
import type { Message } from '../../lib/i18n/message';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip, exportZipName } from '../../lib/export/build-export-zip';
import { MAX_EXPORT_ARTICLES } from '../../lib/export/create-export-part';
import { deflateRawWithFflate } from '../../lib/export/deflate-raw';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from './join-chunks';
import { must } from '../harness/must';
import { readExportZip } from '../../lib/import/read-export-zip';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';

const NOW = new Date('2026-11-27T10:15:00.000Z');

async function exportFiles(
  articles: StoredArticle[],
  options: Partial<Parameters<typeof buildExportZip>[1]> = {},
) {
  const chunks = await buildExportZip(articles, { total: articles.length, now: NOW, ...options });
  return unzipSync(joinChunks(chunks));
}

describe('buildExportZip', () => {
  const articles = [
    makeStoredArticle({ id: 1, title: 'Rust memory' }),
    makeStoredArticle({ id: 2, title: 'rust MEMORY', authors: ['Grace Hopper', 'Linus'] }),
    makeStoredArticle({ id: 3, title: '🚀', siteName: null, publishedTime: null, tags: [] }),
  ];

  it('writes one Markdown file per article, plus index.md and manifest.json', async () => {
    const files = await exportFiles(articles);
    expect(Object.keys(files).sort()).toEqual(
      ['example-com-3.md', 'index.md', 'manifest.json', 'rust-memory-2.md', 'rust-memory.md'].sort(),
    );
    expect(strFromU8(must(files['rust-memory.md']))).toBe(articleDocument(must(articles[0])));
    expect(strFromU8(must(files['rust-memory-2.md']))).toBe(articleDocument(must(articles[1])));
  });

  it('lists every article in the manifest with its file, URLs, save time and SHA-256', async () => {
    const files = await exportFiles(articles);
    const manifest = JSON.parse(strFromU8(must(files['manifest.json']))) as ExportManifest;
    expect(manifest).toMatchObject({
      format: 'clean-capture-export',
      formatVersion: 1,
      app: { name: 'Clean Capture' },
      exportedAt: NOW.toISOString(),
      articleCount: 3,
    });
    expect(manifest.articles.map((entry) => entry.file)).toEqual([
      'rust-memory.md',
      'rust-memory-2.md',
      'example-com-3.md',
    ]);
    for (const [i, entry] of manifest.articles.entries()) {
      const article = must(articles[i]);
      expect(entry).toMatchObject({
        id: article.id,
        title: article.title,
        sourceUrl: article.sourceUrl,
        canonicalUrl: article.canonicalUrl,
        capturedAt: article.capturedAt,
      });
      const expected = createHash('sha256').update(must(files[entry.file])).digest('hex');
      expect(entry.sha256).toBe(expected);
    }
  });

  it('indexes every article with a link to its file, source, site, author, date and word count', async () => {
    const files = await exportFiles(articles);
    const index = strFromU8(must(files['index.md']));
    expect(index).toContain('3 articles, exported 2026-11-27.');
    const rows = index.split('\n').filter((line) => line.startsWith('| ['));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toBe(
      '| [Rust memory](rust-memory.md) | Example Times | Ada Lovelace | 2025-03-04 | 2025-03-05 | 121 | <https://example.com/articles/1?utm_source=rss> |',
    );
    expect(rows[1]).toContain('Grace Hopper, Linus');
    expect(rows[2]).toMatch(/^\| \[🚀\]\(example-com-3\.md\) \| {2}\|/);
  });

  it('gives the same bytes for the same articles and export time, whatever the time zone', async () => {
    const originalZone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = joinChunks(await buildExportZip(articles, { total: 3, now: NOW }));
      process.env.TZ = 'Asia/Kolkata';
      const second = joinChunks(await buildExportZip(articles, { total: 3, now: NOW }));
      process.env.TZ = 'America/Los_Angeles';
      const third = joinChunks(
        await buildExportZip(articles, { total: 3, now: NOW, deflateRaw: deflateRawWithFflate }),
      );
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      // A different DEFLATE may pick different codes, but the files inside must be identical.
      const a = unzipSync(first);
      const c = unzipSync(third);
      for (const name of Object.keys(a))
        expect(Buffer.from(must(c[name])).equals(Buffer.from(must(a[name])))).toBe(true);
    } finally {
      // Assigning undefined would set the text "undefined".
      if (originalZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalZone;
    }
  });

  it('reads the articles lazily from an async source and reports progress up to the total', async () => {
    let pulled = 0;
    async function* source() {
      for (let id = 1; id <= 50; id++) {
        pulled++;
        yield makeStoredArticle({ id, markdown: 'word '.repeat(2000) });
      }
    }
    const progress: Array<[number, number]> = [];
    const chunks = await buildExportZip(source(), {
      total: 50,
      now: NOW,
      onProgress: (d, t) => progress.push([d, t]),
    });
    expect(pulled).toBe(50);
    expect(Object.keys(unzipSync(joinChunks(chunks)))).toHaveLength(52);
    expect(progress.at(-1)).toEqual([50, 50]);
    const done = progress.map(([d]) => d);
    expect(done).toEqual([...done].sort((x, y) => x - y));
  });

  it('stops with an AbortError and no zip when cancelled part way', async () => {
    const controller = new AbortController();
    let pulled = 0;
    function* source() {
      for (let id = 1; id <= 1000; id++) {
        pulled++;
        if (id === 20) controller.abort();
        yield makeStoredArticle({ id });
      }
    }
    const result = buildExportZip(source(), { total: 1000, now: NOW, signal: controller.signal });
    await expect(result).rejects.toMatchObject({ name: 'AbortError' });
    expect(pulled).toBeLessThan(1000);
  });

  it('refuses at once when already cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      buildExportZip([makeStoredArticle()], { total: 1, signal: controller.signal }),
    ).rejects.toMatchObject({
      name: 'AbortError',
    });
  });

  it('refuses more articles than a zip without Zip64 can hold, with a message', async () => {
    expect(await refusalInEnglish(buildExportZip([], { total: MAX_EXPORT_ARTICLES + 1 }))).toMatch(
      /at most 65,533 articles/,
    );
  });

  it('never makes a zip the import would refuse for what it unpacks to: it stops with a message', async () => {
    // Text this repetitive is tiny once compressed, so only the unpacked size can stop it.
    const articles = [1, 2, 3].map((id) =>
      makeStoredArticle({ id, canonicalUrl: `https://a.example/${id}`, markdown: 'word '.repeat(8_000) }),
    );
    const limit = 100_000;
    const zip = joinChunks(await buildExportZip(articles.slice(0, 2), { total: 2, maxUnpackedBytes: limit }));
    expect((await readExportZip(zip, { maxTotalBytes: limit })).ok).toBe(true);
    // Made anyway, the third article's zip is one the import refuses.
    const over = joinChunks(await buildExportZip(articles, { total: 3, maxUnpackedBytes: Infinity }));
    expect((await readExportZip(over, { maxTotalBytes: limit })).ok).toBe(false);
    expect(await refusalInEnglish(buildExportZip(articles, { total: 3, maxUnpackedBytes: limit }))).toMatch(
      /would unpack to more than 98 KB, the most an import takes back/,
    );
  });

  it('names the zip after the export date on the user’s calendar', () => {
    const originalZone = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      expect(exportZipName(NOW)).toBe('clean-capture-2026-11-27.zip');
      // 22:30 on the 27th in California is already the 28th in UTC.
      process.env.TZ = 'America/Los_Angeles';
      expect(exportZipName(new Date('2026-11-28T06:30:00Z'))).toBe('clean-capture-2026-11-27.zip');
    } finally {
      // Assigning undefined would set the text "undefined".
      if (originalZone === undefined) delete process.env.TZ;
      else process.env.TZ = originalZone;
    }
  });
});

describe('buildExportZip with templates', () => {
  const articles = [
    makeStoredArticle({ id: 1, title: 'Rust memory' }),
    makeStoredArticle({ id: 2, title: 'Go' }),
  ];

  it('writes the same zip with the default templates as without any', async () => {
    const plain = joinChunks(await buildExportZip(articles, { total: 2, now: NOW }));
    const templated = joinChunks(
      await buildExportZip(articles, { total: 2, now: NOW, templates: DEFAULT_TEMPLATE_SETTINGS }),
    );
    expect(templated).toEqual(plain);
  });

  it('names files and writes front matter as the templates say, and links them from the index', async () => {
    const files = await exportFiles(articles, {
      templates: {
        ...DEFAULT_TEMPLATE_SETTINGS,
        fileName: '{yyyy}/{id}-{title}',
        frontMatter: { ...DEFAULT_TEMPLATE_SETTINGS.frontMatter, rename: { source: 'url' } },
      },
    });
    const year = must(articles[0]).capturedAt.slice(0, 4);
    expect(Object.keys(files).filter((name) => name.endsWith('.md') && name !== 'index.md')).toEqual([
      `${year}/1-rust-memory.md`,
      `${year}/2-go.md`,
    ]);
    expect(strFromU8(must(files[`${year}/2-go.md`]))).toMatch(/^url: /m);
    expect(strFromU8(must(files['index.md']))).toContain(`[Go](${year}/2-go.md)`);
  });

  it('refuses a bad template with its message and makes no zip', async () => {
    const templates = { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '../{title}' };
    const refusal = await buildExportZip(articles, { total: 2, now: NOW, templates }).catch(saidOf);
    expect(inEnglish(refusal as Message | string)).toMatch(/cannot use "\.\." as a folder/);
  });
});
