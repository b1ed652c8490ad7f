/**
 * Runs in Chromium (bundled by export-browser-bench.ts). Two kinds of run:
 * - from the page's IndexedDB, as the library exports: `seedLibrary` writes articles into a
 *   database of the real schema, then `read` reads them back in the export's batches (the floor
 *   any export pays) and `library` exports them as the library does (exportInParts with the image
 *   and annotation sources), each timed in the page with the page's own JS heap figures;
 * - from generated articles, as before: the streamed export with native or fflate DEFLATE against
 *   the naive all-in-memory zipSync.
 */
import { zipSync, type Zippable } from 'fflate';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { createFileNameAllocator } from '../../lib/export/create-file-name-allocator';
import { deflateRawNatively, deflateRawWithFflate } from '../../lib/export/deflate-raw';
import { exportInParts } from '../../lib/export/export-in-parts';
import { openDatabase } from '../../lib/platform/store/db';
import { exportAnnotationSource } from '../../lib/platform/store/export-annotation-source';
import { exportImageSource } from '../../lib/platform/store/export-image-source';
import { iterateArticlesInBatches } from '../../lib/platform/store/library-store';
import { splitBody } from '../../lib/platform/store/stored-articles';
import { articleStream } from '../export/article-stream';

interface ChromeMemory {
  usedJSHeapSize: number;
}

function heap(): number {
  return (performance as Performance & { memory?: ChromeMemory }).memory?.usedJSHeapSize ?? 0;
}

export type BrowserMode = 'native' | 'fflate' | 'naive' | 'read' | 'library';

export interface ExportRun {
  ms: number;
  peakMb: number;
  zipMb: number;
  retainedMb: number;
  zips: number;
}

const db = openDatabase('export-bench');
const POOL = 2_000;

/**
 * `count` articles: 2,000 generated ones (bodies 2–40 KB, 8 KB on average) repeated with their
 * own id, title, address and time, so a large library is quick to make and its files are named
 * as distinct articles' are.
 */
function* libraryArticles(count: number): Generator<StoredArticle> {
  const pool = [...articleStream(Math.min(count, POOL))];
  for (let i = 0; i < count; i++) {
    const base = pool[i % pool.length] as StoredArticle;
    const round = Math.floor(i / pool.length);
    yield round === 0
      ? base
      : {
          ...base,
          id: i + 1,
          title: `${base.title} ${round}`,
          canonicalUrl: `${base.canonicalUrl}/${round}`,
          sourceUrl: `${base.canonicalUrl}/${round}?utm_source=feed`,
          capturedAt: new Date(Date.parse(base.capturedAt) + round * 1000).toISOString(),
        };
  }
}

/** Fills the bench database with `count` articles, records and bodies as the store keeps them. */
async function seedLibrary(count: number): Promise<number> {
  await db.open();
  await db.transaction('rw', db.articles, db.bodies, async () => {
    await db.articles.clear();
    await db.bodies.clear();
  });
  let batch: StoredArticle[] = [];
  const write = async () => {
    const split = batch.map((article) => splitBody(article));
    await db.transaction('rw', db.articles, db.bodies, async () => {
      await db.articles.bulkPut(split.map(([record]) => record));
      await db.bodies.bulkPut(split.map(([record, markdown]) => ({ id: record.id, markdown })));
    });
    batch = [];
  };
  for (const article of libraryArticles(count)) {
    batch.push(article);
    if (batch.length === 1_000) await write();
  }
  if (batch.length > 0) await write();
  return db.articles.count();
}

/** The ids newest first, as the library lists them. */
async function libraryIds(): Promise<number[]> {
  return (await db.articles.orderBy('capturedAt').reverse().primaryKeys()) as number[];
}

async function runExport(count: number, mode: BrowserMode): Promise<ExportRun> {
  const ids = mode === 'read' || mode === 'library' ? await libraryIds() : [];
  const start = heap();
  let peak = start;
  // What the export holds, not garbage V8 has not collected yet: the heap after a full GC, every
  // tenth of the way (only where the page has gc(), i.e. Chromium started with --expose-gc).
  const gc = (globalThis as unknown as { gc?: () => void }).gc;
  let retained = start;
  let nextGc = count / 10;
  let lastSample = 0;
  // Reading the heap's size costs a few milliseconds with precise figures: five times a second.
  const sample = (done = 0) => {
    const now = performance.now();
    if (now - lastSample < 200 && done < count) return;
    lastSample = now;
    peak = Math.max(peak, heap());
    if (gc && done >= nextGc) {
      nextGc += count / 10;
      gc();
      retained = Math.max(retained, heap());
    }
  };
  const began = performance.now();
  let size = 0;
  let zips = 1;
  if (mode === 'read') {
    let done = 0;
    for await (const article of iterateArticlesInBatches(db, ids)) {
      size += article.markdown.length;
      if (++done % 200 === 0) sample(done);
    }
  } else if (mode === 'library') {
    const written = await exportInParts(iterateArticlesInBatches(db, ids), {
      total: ids.length,
      images: exportImageSource(db, ids),
      annotations: exportAnnotationSource(db),
      onProgress: sample,
    });
    size = written.reduce((sum, zip) => sum + zip.blob.size, 0);
    zips = written.length;
  } else if (mode === 'naive') {
    const nameFor = createFileNameAllocator();
    const files: Zippable = {};
    const encoder = new TextEncoder();
    for (const article of articleStream(count))
      files[nameFor(article.title, article.sourceUrl)] = encoder.encode(articleDocument(article));
    sample(count);
    size = zipSync(files, { level: 6 }).length;
  } else {
    const chunks = await buildExportZip(articleStream(count), {
      total: count,
      deflateRaw: mode === 'fflate' ? deflateRawWithFflate : deflateRawNatively,
      onProgress: sample,
    });
    // What the library page did next.
    size = new Blob(chunks as BlobPart[]).size;
  }
  sample(count);
  return {
    ms: performance.now() - began,
    peakMb: (peak - start) / 1024 / 1024,
    zipMb: size / 1024 / 1024,
    retainedMb: (retained - start) / 1024 / 1024,
    zips,
  };
}

Object.assign(globalThis, { runExport, seedLibrary });
