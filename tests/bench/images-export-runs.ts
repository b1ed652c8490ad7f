/** The Node half of the images benchmark: export of generated articles with and without images. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { StoredArticle } from '../../lib/article';
import { sha256Hex } from '../../lib/bytes/sha256-hex';
import { buildExportZip } from '../../lib/export/build-export-zip';
import type { ExportImageSource } from '../../lib/export/export-assets';
import { articleStream } from '../export/article-stream';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

export const EXPORT_ARTICLES = 1_000;
export const EXPORT_IMAGES_PER_ARTICLE = 3;
export const EXPORT_IMAGE_BYTES = 60 * 1024;

/** One export: wall time, peak memory above the start (heap and array buffers), zip size. */
export interface ExportRun {
  ms: number;
  peakMb: number;
  zipMb: number;
}

/** A real JPEG (it decodes) padded after its end marker with random bytes, as a photo's do not compress. */
const photo = readFileSync(resolve('tests/images/samples/photo-1200.jpg'));
export const paddedJpeg = (size: number) =>
  Buffer.concat([photo, randomBytes(Math.max(0, size - photo.length))]);

/** 1,000 generated articles, each showing its own images, and the source the export reads them from. */
function exportCorpus(withImages: boolean): {
  articles: () => Iterable<StoredArticle>;
  source: ExportImageSource;
} {
  const address = (id: number, k: number) => `https://img.example/${id}/${k}.jpg`;
  const bytesOf = new Map<string, () => Buffer>();
  const articles = function* () {
    for (const article of articleStream(EXPORT_ARTICLES)) {
      if (!withImages) {
        yield article;
        continue;
      }
      const figures = Array.from(
        { length: EXPORT_IMAGES_PER_ARTICLE },
        (_, k) => `\n\n![Figure ${k}](${address(article.id, k)})\n`,
      ).join('');
      yield { ...article, markdown: article.markdown + figures };
    }
  };
  return {
    articles,
    source: {
      async linksOf(id) {
        const links = [];
        for (let k = 0; k < EXPORT_IMAGES_PER_ARTICLE; k++) {
          const url = address(id, k);
          // Made when asked and not kept, as the database hands over one image at a time.
          const sha256 = await sha256Hex(Buffer.from(url));
          bytesOf.set(sha256, () => paddedJpeg(EXPORT_IMAGE_BYTES));
          links.push({ url, sha256, type: 'image/jpeg' });
        }
        return links;
      },
      bytesOf: async (sha256) => {
        const make = bytesOf.get(sha256);
        bytesOf.delete(sha256);
        return make ? make() : null;
      },
    },
  };
}

/** Export wall time, peak memory above the start (heap and array buffers), and zip size. */
export async function exportRun(withImages: boolean): Promise<ExportRun> {
  const { articles, source } = exportCorpus(withImages);
  gc();
  const memory = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
  const start = memory();
  let peak = start;
  const began = performance.now();
  const chunks = await buildExportZip(articles(), {
    total: EXPORT_ARTICLES,
    now: new Date('2026-11-27T00:00:00Z'),
    images: withImages ? source : undefined,
    onProgress: () => (peak = Math.max(peak, memory())),
  });
  const ms = performance.now() - began;
  peak = Math.max(peak, memory());
  const zip = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  return { ms, peakMb: (peak - start) / 2 ** 20, zipMb: zip / 2 ** 20 };
}

/** Only making the export's image bytes (the bench's own cost, inside the export's time). */
export function generateOnly(): ExportRun {
  const began = performance.now();
  let size = 0;
  for (let i = 0; i < EXPORT_ARTICLES * EXPORT_IMAGES_PER_ARTICLE; i++)
    size += paddedJpeg(EXPORT_IMAGE_BYTES).length;
  return { ms: performance.now() - began, peakMb: 0, zipMb: size / 2 ** 20 };
}
