import 'fake-indexeddb/auto';
import { inEnglish, refusalInEnglish } from '../harness/locale-messages';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, type Zippable } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArticleRecord } from '../../lib/article';
import { sha256Hex } from '../../lib/bytes/sha256-hex';
import { buildExportZip } from '../../lib/export/build-export-zip';
import type { ExportManifest } from '../../lib/export/export-manifest';
import { examineImage } from '../../lib/images/examine-image';
import { IMAGE_LIMITS } from '../../lib/images/image-limits';
import { listMarkdownImages } from '../../lib/images/list-markdown-images';
import { sniffImageType } from '../../lib/images/sniff-image-type';
import { applyImport } from '../../lib/platform/apply-import';
import { previewImport } from '../../lib/platform/preview-import';
import type { CleanCaptureDb } from '../../lib/platform/store/db';
import { exportImageSource } from '../../lib/platform/store/export-image-source';
import {
  readArticleImages,
  recordImageFailure,
  storeArticleImage,
} from '../../lib/platform/store/image-store';
import { listAllArticles, iterateArticlesInBatches } from '../../lib/platform/store/library-store';
import { sample } from '../images/image-bytes';
import { joinChunks } from '../export/join-chunks';
import { repack } from '../export/zip-surgery';
import { openTestDatabase, storeArticle } from '../platform/test-database';
import { must } from '../harness/must';
import { DEFAULT_TEMPLATE_SETTINGS, type TemplateSettings } from '../../lib/templates/template-settings';

const NOW = new Date('2026-11-27T10:15:00.000Z');
const workDir = mkdtempSync(join(tmpdir(), 'clean-capture-images-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const PHOTO = 'https://cdn.example/photo.jpg';
const CHART = 'https://example.com/img/chart%20one.webp';
const PLAN = 'https://example.com/img/plan.png';
const GONE = 'https://example.com/img/gone.png';

async function storeImage(db: CleanCaptureDb, id: number, url: string, name: string) {
  const bytes = sample(name);
  const examined = examineImage(bytes, IMAGE_LIMITS);
  if (!examined.ok) throw new Error(`${name} is no sample image`);
  const { type, width, height } = examined;
  const sha256 = await sha256Hex(bytes);
  const blob = new Blob([bytes], { type: type.mime });
  await storeArticleImage(db, id, url, { sha256, blob, type: type.mime, size: bytes.length, width, height });
}

/** Two articles sharing a photo, one with a second image, and an image that failed. */
async function libraryWithImages(): Promise<CleanCaptureDb> {
  const db = openTestDatabase();
  const first = await storeArticle(db, {
    title: 'Mill',
    canonicalUrl: 'https://example.com/mill',
    markdown: `The mill.\n\n![The wheel](${PHOTO} "Wheel")\n\n![Chart](<https://example.com/img/chart one.webp>)\n\n![Gone](${GONE})\n`,
  });
  const second = await storeArticle(db, {
    title: 'Harbour',
    canonicalUrl: 'https://example.com/harbour',
    capturedAt: '2025-03-06T09:30:00.000Z',
    markdown: `The harbour.\n\n- ![Same photo](${PHOTO})\n- ![Plan](${PLAN})\n`,
  });
  await storeImage(db, first, PHOTO, 'photo-400.jpg');
  await storeImage(db, first, CHART, 'chart.webp');
  await recordImageFailure(db, first, GONE, { reason: 'http-error', status: 404 });
  await storeImage(db, second, PHOTO, 'photo-400.jpg');
  await storeImage(db, second, PLAN, 'lazy.png');
  return db;
}

async function exportAll(
  db: CleanCaptureDb,
  withImages = true,
  templates?: TemplateSettings,
): Promise<Uint8Array> {
  const ids = (await listAllArticles(db)).map((record) => record.id);
  const chunks = await buildExportZip(iterateArticlesInBatches(db, ids), {
    total: ids.length,
    now: NOW,
    images: withImages ? exportImageSource(db, ids) : undefined,
    templates,
  });
  return joinChunks(chunks);
}

const manifestOf = (files: Zippable) =>
  JSON.parse(new TextDecoder().decode(files['manifest.json'] as Uint8Array)) as ExportManifest;
const textOf = (files: Zippable, name: string) => new TextDecoder().decode(files[name] as Uint8Array);

/** Everything an import could change. */
async function dump(db: CleanCaptureDb) {
  return {
    articles: await db.articles.toArray(),
    bodies: await db.bodies.toArray(),
    images: (await db.images.toArray()).map(({ blob: _blob, ...image }) => image),
    links: await db.articleImages.toArray(),
  };
}

describe('an export with stored images', () => {
  it('holds each image once in assets/, linked from the Markdown, and unzips to pictures that resolve', async () => {
    const zip = await exportAll(await libraryWithImages());
    const files = unzipSync(zip);
    const assets = Object.keys(files).filter((name) => name.startsWith('assets/'));
    expect(assets).toHaveLength(3);
    const manifest = manifestOf(files);
    expect(manifest.formatVersion).toBe(2);
    for (const asset of must(manifest.assets)) {
      const bytes = files[asset.file] as Uint8Array;
      expect(asset.file).toBe(`assets/${await sha256Hex(bytes)}.${must(sniffImageType(bytes)).extension}`);
      expect(asset.sha256).toBe(await sha256Hex(bytes));
      expect(asset.size).toBe(bytes.length);
      expect(asset.type).toBe(must(sniffImageType(bytes)).mime);
    }
    const mill = textOf(files, 'mill.md');
    expect(mill).toMatch(/!\[The wheel\]\(assets\/[0-9a-f]{64}\.jpg "Wheel"\)/);
    expect(mill).toMatch(/!\[Chart\]\(assets\/[0-9a-f]{64}\.webp\)/);
    // Not stored: stays the remote link it was.
    expect(mill).toContain(`![Gone](${GONE})`);
    expect(textOf(files, 'harbour.md')).toMatch(/- !\[Plan\]\(assets\/[0-9a-f]{64}\.png\)/);

    // The real unzip, and every image link of every Markdown file pointing at a file it unpacked.
    const zipPath = join(workDir, 'images.zip');
    writeFileSync(zipPath, zip);
    expect(execFileSync('unzip', ['-t', zipPath], { encoding: 'utf8' })).toMatch(/No errors detected/);
    const out = join(workDir, 'out');
    execFileSync('unzip', ['-o', '-q', '-d', out, zipPath]);
    const local = ['mill.md', 'harbour.md'].flatMap((name) =>
      [...readFileSync(join(out, name), 'utf8').matchAll(/\]\((assets\/[^)\s]+)/g)].map((m) => must(m[1])),
    );
    expect(local).toHaveLength(4);
    for (const path of local) expect(existsSync(join(out, path))).toBe(true);
  });

  it('writes the same zip whether the links are read one article at a time or many', async () => {
    const db = await libraryWithImages();
    const ids = (await listAllArticles(db)).map((record) => record.id);
    const build = async (batchSize: number) =>
      joinChunks(
        await buildExportZip(iterateArticlesInBatches(db, ids), {
          total: ids.length,
          now: NOW,
          images: exportImageSource(db, ids, batchSize),
        }),
      );
    const [one, many] = [await build(1), await build(200)];
    expect(unzipSync(one)).toEqual(unzipSync(many));
    expect(Object.keys(unzipSync(one)).filter((name) => name.startsWith('assets/'))).toHaveLength(3);
  });

  it('keeps image links remote when asked: no assets, a version 1 manifest, the stored addresses', async () => {
    const db = await libraryWithImages();
    const files = unzipSync(await exportAll(db, false));
    expect(Object.keys(files).filter((name) => name.startsWith('assets/'))).toEqual([]);
    expect(manifestOf(files).formatVersion).toBe(1);
    expect(textOf(files, 'mill.md')).toContain(`![The wheel](${PHOTO} "Wheel")`);
  });
});

describe('an export that would outgrow what an import takes', () => {
  it('stops with a message before the zip passes the limit, suggesting remote image links', async () => {
    const db = await libraryWithImages();
    const ids = (await listAllArticles(db)).map((record) => record.id);
    const build = (maxBytes: number) =>
      buildExportZip(iterateArticlesInBatches(db, ids), {
        total: ids.length,
        images: exportImageSource(db, ids),
        maxBytes,
      });
    // The three images alone take about 80 KB.
    expect(await refusalInEnglish(build(40 * 1024))).toBe(
      'The zip would be larger than 40 KB, the most an import takes back; choose fewer articles and export in parts, or keep image links remote.',
    );
    expect(joinChunks(await build(200 * 1024)).length).toBeLessThan(200 * 1024);
  });
});

describe('importing an export with images', () => {
  it('restores the images and their links, keeps the original addresses, and exports byte-identical', async () => {
    const source = await libraryWithImages();
    const first = await exportAll(source);
    const target = openTestDatabase();
    const preview = await previewImport(target, first);
    if (!preview.ok) throw new Error(inEnglish(preview.message));
    await applyImport(target, preview.preview, { replaceChanged: false });

    const [before, after] = [await dump(source), await dump(target)];
    expect(after.bodies.map((b) => b.markdown).sort()).toEqual(before.bodies.map((b) => b.markdown).sort());
    expect(after.images.sort((a, b) => a.sha256.localeCompare(b.sha256))).toEqual(
      before.images.sort((a, b) => a.sha256.localeCompare(b.sha256)),
    );
    const mill = must((await listAllArticles(target)).find((record) => record.title === 'Mill'));
    const body = must(await target.bodies.get(mill.id)).markdown;
    const entries = await readArticleImages(target, mill.id, listMarkdownImages(body));
    expect(entries.map((entry) => [entry.url, 'image' in entry])).toEqual([
      [PHOTO, true],
      [CHART, true],
      [GONE, false],
    ]);
    // An image the zip holds no copy of is not left waiting: opening the article would have the
    // worker fetch it from the site, and reading a restored library must not touch the network.
    expect(entries.find((entry) => entry.url === GONE)).toEqual({
      url: GONE,
      failure: { reason: 'not-in-import' },
    });
    const chart = must(entries.find((entry) => entry.url === CHART));
    if (!('image' in chart)) throw new Error('the chart was not restored');
    expect(new Uint8Array(await chart.image.blob.arrayBuffer())).toEqual(sample('chart.webp'));

    const again = unzipSync(await exportAll(target));
    const original = unzipSync(first);
    expect(Object.keys(again).sort()).toEqual(Object.keys(original).sort());
    for (const name of Object.keys(original)) expect(again[name]).toEqual(original[name]);
  });
});

// Each bad zip is made from a good export; the import must say what is wrong, naming the file,
// and leave a library that already holds articles and images exactly as it was.
describe('an import with hostile assets changes nothing', () => {
  const editAsset =
    (change: (files: Zippable, manifest: ExportManifest, file: string) => void) => (valid: Uint8Array) =>
      repack(valid, (files) => {
        const manifest = manifestOf(files);
        change(files, manifest, must(manifest.assets?.[0]).file);
        files['manifest.json'] = strToU8(JSON.stringify(manifest));
      });
  const html = strToU8('<!doctype html><title>Sign in</title>');

  it.each<[string, (valid: Uint8Array) => Uint8Array | Promise<Uint8Array>, RegExp]>([
    [
      'a wrong checksum',
      editAsset((files, _manifest, file) => {
        const bytes = (files[file] as Uint8Array).slice();
        const at = bytes.length - 3;
        bytes[at] = must(bytes[at]) ^ 0xff;
        files[file] = bytes;
      }),
      /assets\/[0-9a-f]{64}\.\w+ was changed or damaged after export/,
    ],
    [
      'a file that is no image by its bytes (checksum and size updated to match)',
      async (valid) => {
        const sha = await sha256Hex(html);
        return editAsset((files, manifest, file) => {
          Reflect.deleteProperty(files, file);
          files[`assets/${sha}.jpg`] = html;
          manifest.assets = manifest.assets?.map((a) =>
            a.file === file ? { ...a, file: `assets/${sha}.jpg`, sha256: sha, size: html.length } : a,
          );
          for (const article of manifest.articles) {
            article.images = article.images?.map((i) =>
              i.file === file ? { ...i, file: `assets/${sha}.jpg` } : i,
            );
          }
        })(valid);
      },
      /assets\/[0-9a-f]{64}\.jpg cannot be stored: Not an image/,
    ],
    [
      'an image over the cap for one image',
      editAsset((files, manifest, file) => {
        const big = new Uint8Array(5 * 1024 * 1024 + 1);
        big.set(files[file] as Uint8Array);
        files[file] = big;
        manifest.assets = manifest.assets?.map((a) => (a.file === file ? { ...a, size: big.length } : a));
      }),
      /assets\/[0-9a-f]{64}\.\w+ is 5\.0 MB unzipped, over the 5\.0 MB limit for one image/,
    ],
    [
      'a manifest asset path that escapes with ../',
      editAsset((_files, manifest) => {
        must(manifest.assets)[0] = { ...must(manifest.assets?.[0]), file: '../evil.png' };
      }),
      /not assets\/<SHA-256>\.<image type>: \.\.\/evil\.png/,
    ],
    [
      'a manifest asset path that is absolute',
      editAsset((_files, manifest) => {
        must(manifest.assets)[0] = { ...must(manifest.assets?.[0]), file: '/etc/evil.png' };
      }),
      /: \/etc\/evil\.png/,
    ],
    [
      'a manifest asset path with a backslash',
      editAsset((_files, manifest, file) => {
        must(manifest.assets)[0] = { ...must(manifest.assets?.[0]), file: file.replace('/', '\\') };
      }),
      /: assets\\[0-9a-f]{64}/,
    ],
    [
      'a zip entry that escapes the assets folder',
      (valid) =>
        repack(valid, (files) => {
          files['assets/../../evil.png'] = sample('lazy.png');
        }),
      /unsafe file path \("assets\/\.\.\/\.\.\/evil\.png"\)/,
    ],
    [
      'an asset the manifest does not list',
      (valid) =>
        repack(valid, (files) => {
          files[`assets/${'0'.repeat(64)}.png`] = sample('lazy.png');
        }),
      /assets\/0{64}\.png is in the zip but not in its manifest\.json/,
    ],
    [
      'a listed asset missing from the zip',
      editAsset((files, _manifest, file) => {
        Reflect.deleteProperty(files, file);
      }),
      /incomplete: assets\/[0-9a-f]{64}\.\w+ is missing from the zip/,
    ],
    [
      'an asset named for another checksum',
      editAsset((_files, manifest) => {
        must(manifest.assets)[0] = { ...must(manifest.assets?.[0]), sha256: 'f'.repeat(64) };
      }),
      /lists assets\/[0-9a-f]{64}\.\w+ with another SHA-256 than its name/,
    ],
    [
      'an article linking an asset the manifest does not list',
      editAsset((_files, manifest) => {
        const article = must(manifest.articles.find((a) => a.images?.length));
        article.images = [{ src: PHOTO, file: `assets/${'e'.repeat(64)}.png` }];
      }),
      /links \w+\.md to assets\/e{64}\.png, which it does not list/,
    ],
    [
      'an article whose image links do not match its text',
      editAsset((_files, manifest) => {
        const article = must(manifest.articles.find((a) => a.images?.length));
        article.images = article.images?.map((i) => ({ ...i, src: 'javascript:alert(1)' }));
      }),
      /\w+\.md cannot be imported: its image links do not match the manifest/,
    ],
  ])('%s', async (_name, make, message) => {
    const valid = await exportAll(await libraryWithImages());
    const target = await libraryWithImages();
    await storeArticle(target, { title: 'Already here', canonicalUrl: 'https://example.com/here' });
    const before = await dump(target);
    const result = await previewImport(target, await make(valid));
    expect(result.ok ? '' : inEnglish(result.message)).toMatch(message);
    expect(await dump(target)).toEqual(before);
  });
});

describe('an export named by a template with folders', () => {
  const templates: TemplateSettings = {
    ...DEFAULT_TEMPLATE_SETTINGS,
    fileName: '{site}/{yyyy}/{title}',
    frontMatter: {
      omit: ['excerpt'],
      rename: { source: 'url', authors: 'author', captured: 'created' },
      constants: { type: 'article' },
      defaultTags: ['clipped'],
    },
  };

  it('unzips into the folders, with image links that resolve from each file', async () => {
    const zip = await exportAll(await libraryWithImages(), true, templates);
    const files = unzipSync(zip);
    const articles = manifestOf(files).articles.map((article) => article.file);
    expect(articles.sort()).toEqual(['example-times/2025/harbour.md', 'example-times/2025/mill.md']);
    const mill = textOf(files, 'example-times/2025/mill.md');
    expect(mill).toMatch(/^url: https:\/\/example\.com\/mill$/m);
    expect(mill).toMatch(/^type: article$/m);
    expect(mill).not.toMatch(/^excerpt:/m);

    const zipPath = join(workDir, 'folders.zip');
    writeFileSync(zipPath, zip);
    const out = join(workDir, 'folders');
    execFileSync('unzip', ['-o', '-q', '-d', out, zipPath]);
    const folder = join(out, 'example-times', '2025');
    const local = ['mill.md', 'harbour.md'].flatMap((name) =>
      [...readFileSync(join(folder, name), 'utf8').matchAll(/\]\((\.\.\/\.\.\/assets\/[^)\s]+)/g)].map((m) =>
        must(m[1]),
      ),
    );
    expect(local).toHaveLength(4);
    for (const path of local) expect(existsSync(join(folder, path))).toBe(true);
  });

  it('imports back to the same library, the default tags added', async () => {
    const source = await libraryWithImages();
    const target = openTestDatabase();
    const preview = await previewImport(target, await exportAll(source, true, templates));
    if (!preview.ok) throw new Error(inEnglish(preview.message));
    await applyImport(target, preview.preview, { replaceChanged: false });
    const [before, after] = [await dump(source), await dump(target)];
    expect(after.bodies.map((b) => b.markdown).sort()).toEqual(before.bodies.map((b) => b.markdown).sort());
    expect(after.images.length).toBe(before.images.length);
    const strip = ({ id: _id, tags: _tags, excerpt: _excerpt, ...record }: ArticleRecord) => record;
    const records = await listAllArticles(target);
    expect(records.map(strip).sort(byTitle)).toEqual(
      (await listAllArticles(source)).map(strip).sort(byTitle),
    );
    expect(records.map((record) => record.tags)).toEqual([['clipped'], ['clipped']]);
  });
});

function byTitle(a: { title: string }, b: { title: string }): number {
  return a.title.localeCompare(b.title);
}
