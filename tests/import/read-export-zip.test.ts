import { randomBytes } from 'node:crypto';
import { say } from '../../lib/i18n/message';
import { inEnglish, translatorFor } from '../harness/locale-messages';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { buildExportZip } from '../../lib/export/build-export-zip';
import { EXPORT_FORMAT_VERSION, type ExportManifest } from '../../lib/export/export-manifest';
import { readExportZip } from '../../lib/import/read-export-zip';
import { articleStream } from '../export/article-stream';
import { makeStoredArticle } from '../articles/article-factory';
import { joinChunks } from '../export/join-chunks';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { must } from '../harness/must';
import { centralDirectory, entryName, patchEntry, repack, storeUncompressed } from '../export/zip-surgery';

const NOW = new Date('2026-11-27T10:15:00.000Z');
const articles: StoredArticle[] = [
  makeStoredArticle({ id: 1, title: 'First', tags: ['a', 'b'] }),
  makeStoredArticle({ id: 2, title: 'Привет', lang: 'ru', tags: [] }),
  makeStoredArticle({
    id: 3,
    title: 'Third',
    authors: [],
    siteName: null,
    publishedTime: null,
    excerpt: null,
  }),
];

async function exportZip(list: StoredArticle[] = articles) {
  return joinChunks(await buildExportZip(list, { total: list.length, now: NOW }));
}

function manifestOf(files: Record<string, unknown>): ExportManifest {
  return JSON.parse(new TextDecoder().decode(files['manifest.json'] as Uint8Array)) as ExportManifest;
}

async function expectRejected(bytes: Uint8Array, message: RegExp, limits = {}) {
  const result = await readExportZip(bytes, limits);
  expect(result.ok).toBe(false);
  expect(result.ok ? '' : inEnglish(result.message)).toMatch(message);
}

describe('readExportZip', () => {
  it('reads back every article with its tags, checked against the manifest', async () => {
    const result = await readExportZip(await exportZip());
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles.map((entry) => entry.fileName)).toEqual(['first.md', 'привет.md', 'third.md']);
    for (const [i, entry] of result.articles.entries()) {
      const { tags, status, progress, ...article } = must(articles[i]);
      expect({ ...entry.article, id: article.id }).toEqual(article);
      expect(entry.state).toEqual({ status, progress });
      expect(entry.tags).toEqual(tags);
      expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    expect(result.exportedAt).toBe(NOW.toISOString());
    expect(result.ignoredFiles).toEqual([]);
  });

  it('gives byte-identical article files when an import is exported again', async () => {
    const source = [...articles, ...articleStream(300, 11)];
    const first = await exportZip(source);
    const imported = await readExportZip(first);
    if (!imported.ok) throw new Error(inEnglish(imported.message));
    // A new library gives the articles new ids.
    const again = imported.articles.map((entry, i) => ({
      ...entry.article,
      tags: entry.tags,
      ...entry.state,
      id: 1000 + i,
    }));
    const second = await readExportZip(await exportZip(again));
    if (!second.ok) throw new Error(inEnglish(second.message));
    expect(second.articles.map((entry) => [entry.fileName, entry.sha256])).toEqual(
      imported.articles.map((entry) => [entry.fileName, entry.sha256]),
    );
  });

  it('reads stored (uncompressed) exports too', async () => {
    const result = await readExportZip(storeUncompressed(await exportZip(articles)));
    expect(result.ok && result.articles).toHaveLength(3);
  });

  it('skips, and names, files the manifest does not list', async () => {
    const bytes = repack(await exportZip(), (files) => {
      files['my-notes.md'] = strToU8('# notes');
    });
    const result = await readExportZip(bytes);
    expect(result.ok && result.ignoredFiles).toEqual(['my-notes.md']);
  });

  describe('refuses, with a message and no articles,', () => {
    it.each([
      ['an empty file', new Uint8Array()],
      ['a text file', strToU8('hello, this is not a zip at all '.repeat(10))],
      ['a PNG', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)])],
    ])('%s', async (_case, bytes) => {
      await expectRejected(bytes, /not a zip, or it is incomplete/);
    });

    it('a zip cut short', async () => {
      const bytes = await exportZip();
      await expectRejected(bytes.subarray(0, bytes.length - 30), /not a zip, or it is incomplete/);
      await expectRejected(bytes.subarray(0, Math.floor(bytes.length / 2)), /not a zip, or it is incomplete/);
    });

    it('a file whose CRC no longer matches (bit flipped in the directory)', async () => {
      const bytes = patchEntry(await exportZip(), 'first.md', (view, at) =>
        view.setUint32(at + 16, view.getUint32(at + 16, true) ^ 1, true),
      );
      await expectRejected(bytes, /first\.md in the zip is corrupted/);
    });

    it('a file whose bytes were flipped (stored zip, CRC catches it)', async () => {
      const bytes = storeUncompressed(await exportZip(articles));
      const at = Buffer.from(bytes).indexOf('Some *text* for article 2');
      bytes.set([must(bytes[at]) ^ 0x20], at);
      await expectRejected(bytes, /привет\.md in the zip is corrupted/);
    });

    it('a compressed file whose bytes were flipped', async () => {
      const bytes = await exportZip();
      const { entries } = centralDirectory(bytes);
      const view = new DataView(bytes.buffer);
      const local = view.getUint32(must(entries[0]) + 42, true);
      const data = local + 30 + view.getUint16(local + 26, true) + 5;
      bytes.set([must(bytes[data]) ^ 0xff], data);
      await expectRejected(bytes, /first\.md in the zip is (damaged|corrupted)/);
    });

    it.each([
      '../evil.md',
      '../../home/user/.bashrc',
      '/etc/cron.d/evil',
      'notes\\..\\evil.md',
      'C:/evil.md',
      'a/../../evil.md',
    ])('an entry named %j', async (name) => {
      const bytes = repack(await exportZip(), (files) => {
        files[name] = strToU8('pwned');
      });
      await expectRejected(bytes, /unsafe file path/);
    });

    it.each(['assets/first.md', 'a/b/c/d/e/first.md', 'a//first.md', './first.md', 'first.txt'])(
      'a manifest that lists an article at %j, a path no file-name template gives',
      async (path) => {
        const bytes = repack(await exportZip(), (files) => {
          files[path] = must(files['first.md']);
          delete files['first.md'];
          const manifest = manifestOf(files);
          manifest.articles = manifest.articles.map((a) =>
            a.file === 'first.md' ? { ...a, file: path } : a,
          );
          files['manifest.json'] = strToU8(JSON.stringify(manifest));
        });
        await expectRejected(
          bytes,
          /an article file is a name ending in \.md, in at most four folders|unsafe file path/,
        );
      },
    );

    it('a zip bomb: a file over the per-file limit that compresses a thousandfold', async () => {
      const bytes = repack(await exportZip(), (files) => {
        files['bomb.md'] = new Uint8Array(24 * 1024 * 1024);
      });
      await expectRejected(bytes, /bomb\.md is compressed suspiciously well/);
    });

    it('a zip bomb made of many files, each under the per-file limit, that add up', async () => {
      const zeros = new Uint8Array(512 * 1024);
      const bytes = repack(await exportZip(), (files) => {
        for (let i = 0; i < 160; i++) files[`part-${i}.md`] = zeros;
      });
      await expectRejected(bytes, /^The zip is compressed suspiciously well/);
    });

    it('a file whose header understates its size (enforced while inflating)', async () => {
      const bytes = repack(await exportZip(), (files) => {
        files['first.md'] = new Uint8Array(4 * 1024 * 1024).fill(0x41);
      });
      const lying = patchEntry(bytes, 'first.md', (view, at) => view.setUint32(at + 24, 900, true));
      await expectRejected(lying, /first\.md in the zip is damaged/);
    });

    it('files that share bytes (overlapping entries)', async () => {
      const bytes = await exportZip();
      const { entries, end } = centralDirectory(bytes);
      const first = must(entries[0]);
      const record = bytes.slice(first, entries[1]);
      // Same length name, so the copy stays a valid record pointing at the same data.
      record.set(strToU8('frist.md'), 46);
      const view = new DataView(bytes.buffer);
      const out = new Uint8Array(bytes.length + record.length);
      out.set(bytes.subarray(0, end));
      out.set(record, end);
      out.set(bytes.subarray(end), end + record.length);
      const outView = new DataView(out.buffer);
      const eocd = end + record.length;
      outView.setUint16(eocd + 8, view.getUint16(end + 8, true) + 1, true);
      outView.setUint16(eocd + 10, view.getUint16(end + 10, true) + 1, true);
      outView.setUint32(eocd + 12, view.getUint32(end + 12, true) + record.length, true);
      expect(entryName(out, end)).toBe('frist.md');
      await expectRejected(out, /overlap/);
    });

    it('more data than the total, entry or count limits allow', async () => {
      const bytes = await exportZip();
      await expectRejected(bytes, /unpack to more than/, { maxTotalBytes: 1000 });
      await expectRejected(bytes, /larger than 100 B unzipped/, { maxEntryBytes: 100 });
      await expectRejected(bytes, /more than 2 files/, { maxEntries: 2 });
    });

    it('an encrypted entry or an unknown compression method', async () => {
      const bytes = await exportZip();
      await expectRejected(
        patchEntry(bytes, 'third.md', (view, at) =>
          view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true),
        ),
        /encrypted/,
      );
      await expectRejected(
        patchEntry(bytes, 'third.md', (view, at) => view.setUint16(at + 10, 14, true)),
        /compression method \(14\)/,
      );
    });

    it('a 10 MB manifest beside a few files, before parsing it', async () => {
      const bytes = repack(await exportZip(), (files) => {
        const manifest = manifestOf(files);
        // Random, so it does not compress well enough to be caught as a bomb first.
        const padding = randomBytes(5 * 1024 * 1024).toString('hex');
        files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, padding }));
      });
      await expectRejected(bytes, /manifest\.json is far larger than 3 articles need/);
    });

    it('a zip with no manifest', async () => {
      const bytes = zipSync({ 'notes.md': strToU8('# hi') });
      await expectRejected(bytes, /not a Clean Capture export: it has no manifest\.json/);
    });

    it.each([
      ['not JSON', () => '{ nope', /not valid JSON/],
      [
        'someone else’s manifest',
        () => '{"name":"my-package","version":"1.0.0"}',
        /not a Clean Capture export/,
      ],
      [
        'a newer format',
        (m: ExportManifest) => JSON.stringify({ ...m, formatVersion: EXPORT_FORMAT_VERSION + 1 }),
        new RegExp(`newer version of Clean Capture \\(format ${EXPORT_FORMAT_VERSION + 1}\\)`),
      ],
      [
        'a malformed checksum',
        (m: ExportManifest) =>
          JSON.stringify({ ...m, articles: m.articles.map((a) => ({ ...a, sha256: 'abc' })) }),
        /damaged at articles\.0\.sha256: a SHA-256 is 64 lower-case hex digits\./,
      ],
      [
        'a wrong article count',
        (m: ExportManifest) => JSON.stringify({ ...m, articleCount: 7 }),
        /count does not match/,
      ],
      [
        'a title that is no text',
        (m: ExportManifest) =>
          JSON.stringify({ ...m, articles: m.articles.map((a) => ({ ...a, title: 3 })) }),
        /damaged at articles\.0\.title: it should be string, not 3\./,
      ],
      [
        'a path as a file name',
        (m: ExportManifest) =>
          JSON.stringify({ ...m, articles: m.articles.map((a) => ({ ...a, file: `../${a.file}` })) }),
        /damaged at articles\.0\.file/,
      ],
    ])('a manifest that is %s', async (_case, rewrite, message) => {
      const bytes = repack(await exportZip(), (files) => {
        files['manifest.json'] = strToU8(rewrite(manifestOf(files)));
      });
      await expectRejected(bytes, message);
    });

    it('says what is damaged in the manifest in the reader’s language', async () => {
      const bytes = repack(await exportZip(), (files) => {
        const m = manifestOf(files);
        const articles = m.articles.map((a) => ({ ...a, sha256: 'abc' }));
        files['manifest.json'] = strToU8(JSON.stringify({ ...m, articles }));
      });
      const result = await readExportZip(bytes);
      expect(result.ok ? '' : say(translatorFor('de'), result.message)).toBe(
        'Die manifest.json des Exports ist bei articles.0.sha256 beschädigt: ' +
          'ein SHA-256 besteht aus 64 kleingeschriebenen Hexadezimalziffern.',
      );
    });

    it('a file changed after export (checksum differs from the manifest)', async () => {
      const bytes = repack(await exportZip(), (files) => {
        files['third.md'] = strToU8(
          new TextDecoder().decode(files['third.md'] as Uint8Array).replace('Some', 'Same'),
        );
      });
      await expectRejected(bytes, /third\.md was changed or damaged after export/);
    });

    it('a listed file missing from the zip', async () => {
      const bytes = repack(await exportZip(), (files) => {
        delete files['привет.md'];
      });
      await expectRejected(bytes, /incomplete: 1 listed file is missing from the zip \(привет\.md\)/);
    });

    it('in the reader’s language, with its plural: three missing files in Polish', async () => {
      const bytes = repack(await exportZip(), (files) => {
        delete files['first.md'];
        delete files['привет.md'];
        delete files['third.md'];
      });
      const result = await readExportZip(bytes);
      expect(result.ok ? '' : say(translatorFor('pl'), result.message)).toBe(
        'Eksport jest niekompletny: w pliku zip brakuje 3 wymienionych plików (first.md, привет.md, third.md).',
      );
    });
  });

  it('skips a file that is not an article, even with a matching checksum, and reads the rest', async () => {
    const garbage = strToU8('just some text, no front matter');
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', garbage)).toString('hex');
    const bytes = repack(await exportZip(), (files) => {
      files['first.md'] = garbage;
      const manifest = manifestOf(files);
      must(manifest.articles[0]).sha256 = digest;
      files['manifest.json'] = strToU8(JSON.stringify(manifest));
    });
    const result = await readExportZip(bytes);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.skipped.map(({ fileName, reason }) => ({ fileName, reason: inEnglish(reason) }))).toEqual([
      { fileName: 'first.md', reason: expect.stringMatching(/could not be read as an article/) },
    ]);
    expect(result.articles.map((entry) => entry.fileName)).toEqual(['привет.md', 'third.md']);
  });

  it('reads a file of 2 MB that compresses a thousandfold: a long code block is no zip bomb', async () => {
    const markdown = `\`\`\`\n${'x = 1\n'.repeat(350_000)}\`\`\``;
    const result = await readExportZip(await exportZip([makeStoredArticle({ markdown })]));
    expect(result.ok && result.articles.map((entry) => entry.article.markdown)).toEqual([markdown]);
  });
});

describe('readExportZip with folders', () => {
  it('reads back articles a file-name template put in folders', async () => {
    const bytes = joinChunks(
      await buildExportZip(articles, {
        total: articles.length,
        now: NOW,
        templates: { ...DEFAULT_TEMPLATE_SETTINGS, fileName: '{yyyy}/{mm}/{title}' },
      }),
    );
    const result = await readExportZip(bytes);
    if (!result.ok) throw new Error(inEnglish(result.message));
    expect(result.articles.map((entry) => entry.fileName)).toEqual(
      articles.map(
        (article) =>
          `${article.capturedAt.slice(0, 4)}/${article.capturedAt.slice(5, 7)}/${entryStem(article.title)}.md`,
      ),
    );
  });
});

function entryStem(title: string): string {
  return title.toLowerCase();
}
