import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { StoredArticle } from '../../lib/article';
import { buildExportZip, exportZipName } from '../../lib/export/build-export-zip';
import { DEFAULT_ZIP_BUDGET, exportInParts, exportPartName } from '../../lib/export/export-in-parts';
import { readExportZip } from '../../lib/import/read-export-zip';
import { makeStoredArticle } from '../articles/article-factory';
import { sample } from '../images/image-bytes';
import { memoryImageSource } from '../mirror/memory-image-source';
import { articleStream } from './article-stream';
import { joinChunks } from './join-chunks';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const PHOTO = 'https://cdn.example/photo.jpg';
const articles: StoredArticle[] = [...articleStream(7)];
const budget = (articles: number) => ({ ...DEFAULT_ZIP_BUDGET, articles });
const bytesOf = async (blob: Blob) => new Uint8Array(await blob.arrayBuffer());

/** Every Markdown file of the zips, by name, as unzipped side by side (a name twice would be lost). */
async function unpackedTogether(blobs: Blob[]): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const blob of blobs) {
    for (const [name, bytes] of Object.entries(unzipSync(await bytesOf(blob)))) {
      if (!name.endsWith('.md') || name === 'index.md') continue;
      expect(files.has(name), `${name} is in two zips`).toBe(false);
      files.set(name, bytes);
    }
  }
  return files;
}

describe('exportInParts', () => {
  it('writes one zip, byte for byte the single export, when the articles fit', async () => {
    const zips = await exportInParts(articles, { total: 7, now: NOW }, budget(7));
    expect(zips.map((zip) => [zip.name, zip.articles])).toEqual([[exportZipName(NOW), 7]]);
    const single = joinChunks(await buildExportZip(articles, { total: 7, now: NOW }));
    expect(await bytesOf(zips[0]?.blob as Blob)).toEqual(single);
  });

  it('splits into zips named part 1 of N, each restorable on its own, together the whole export', async () => {
    const progress: Array<[number, number, number]> = [];
    const zips = await exportInParts(
      articles,
      { total: 7, now: NOW, onProgress: (done, total, zip) => progress.push([done, total, zip]) },
      budget(3),
    );
    expect(zips.map((zip) => [zip.name, zip.articles])).toEqual([
      [exportPartName(NOW, 1, 3), 3],
      [exportPartName(NOW, 2, 3), 3],
      [exportPartName(NOW, 3, 3), 1],
    ]);
    expect(zips[0]?.name).toBe('clean-capture-2026-11-30-part-1-of-3.zip');
    expect(progress.at(-1)).toEqual([7, 7, 3]);
    const titles: string[] = [];
    for (const zip of zips) {
      const read = await readExportZip(await bytesOf(zip.blob));
      if (!read.ok) throw new Error(JSON.stringify(read.message));
      expect(read.skipped).toEqual([]);
      titles.push(...read.articles.map((a) => a.article.title));
    }
    expect(titles).toEqual(articles.map((a) => a.title));
    // Unpacked into one folder, the zips give the single export's files, name for name and byte for byte.
    const single = await unpackedTogether([
      new Blob([joinChunks(await buildExportZip(articles, { total: 7, now: NOW })) as BlobPart]),
    ]);
    expect(await unpackedTogether(zips.map((zip) => zip.blob))).toEqual(single);
  });

  it('also closes a zip when its bytes reach the budget', async () => {
    const zips = await exportInParts(articles, { total: 7, now: NOW }, { ...budget(100), bytes: 1 });
    expect(zips.map((zip) => zip.articles)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    for (const zip of zips) expect((await readExportZip(await bytesOf(zip.blob))).ok).toBe(true);
  });

  it('puts an image in every zip that has an article showing it', async () => {
    const shown = [1, 2, 3].map((id) =>
      makeStoredArticle({
        id,
        title: `Mill ${id}`,
        canonicalUrl: `https://example.com/${id}`,
        markdown: `![Mill](${PHOTO})`,
      }),
    );
    const images = await memoryImageSource(
      Object.fromEntries(shown.map((a) => [a.id, { [PHOTO]: sample('photo-400.jpg') }])),
    );
    const written: Array<{ articles: number; images: number }> = [];
    const zips = await exportInParts(
      shown,
      { total: 3, now: NOW, images, onDone: (done) => written.push(done) },
      budget(2),
    );
    expect(zips.map((zip) => [zip.articles, zip.images])).toEqual([
      [2, 1],
      [1, 1],
    ]);
    expect(written).toEqual([{ articles: 3, images: 2 }]);
    for (const zip of zips) {
      const read = await readExportZip(await bytesOf(zip.blob));
      if (!read.ok) throw new Error(JSON.stringify(read.message));
      for (const { images } of read.articles) expect(images.map((i) => i.url)).toEqual([PHOTO]);
    }
  });

  it('makes no zip when cancelled', async () => {
    const controller = new AbortController();
    function* cancelling() {
      for (const [i, article] of articles.entries()) {
        if (i === 4) controller.abort();
        yield article;
      }
    }
    await expect(
      exportInParts(cancelling(), { total: 7, now: NOW, signal: controller.signal }, budget(2)),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
