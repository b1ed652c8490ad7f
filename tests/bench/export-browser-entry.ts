/**
 * Runs in Chromium (bundled by export-browser-bench.ts): the same streamed export and naive
 * baseline as export-bench.ts, timed in the page, with the page's own JS heap figures.
 */
import { zipSync, type Zippable } from 'fflate';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { createFileNameAllocator } from '../../lib/export/create-file-name-allocator';
import { deflateRawNatively, deflateRawWithFflate } from '../../lib/export/deflate-raw';
import { articleStream } from '../export/article-stream';

interface ChromeMemory {
  usedJSHeapSize: number;
}

function heap(): number {
  return (performance as Performance & { memory?: ChromeMemory }).memory?.usedJSHeapSize ?? 0;
}

export type BrowserMode = 'native' | 'fflate' | 'naive';

async function runExport(
  count: number,
  mode: BrowserMode,
): Promise<{ ms: number; peakMb: number; zipMb: number; retainedMb: number }> {
  const start = heap();
  let peak = start;
  // What the export holds, not garbage V8 has not collected yet: the heap after a full GC, every
  // tenth of the way (only where the page has gc(), i.e. Chromium started with --expose-gc).
  const gc = (globalThis as unknown as { gc?: () => void }).gc;
  let retained = start;
  let nextGc = count / 10;
  const sample = (done = 0) => {
    peak = Math.max(peak, heap());
    if (gc && done >= nextGc) {
      nextGc += count / 10;
      gc();
      retained = Math.max(retained, heap());
    }
  };
  const began = performance.now();
  let size = 0;
  if (mode === 'naive') {
    const nameFor = createFileNameAllocator();
    const files: Zippable = {};
    const encoder = new TextEncoder();
    for (const article of articleStream(count))
      files[nameFor(article.title, article.sourceUrl)] = encoder.encode(articleDocument(article));
    sample();
    size = zipSync(files, { level: 6 }).length;
  } else {
    const chunks = await buildExportZip(articleStream(count), {
      total: count,
      deflateRaw: mode === 'fflate' ? deflateRawWithFflate : deflateRawNatively,
      onProgress: sample,
    });
    // What the library page does next.
    size = new Blob(chunks as BlobPart[]).size;
  }
  sample();
  return {
    ms: performance.now() - began,
    peakMb: (peak - start) / 1024 / 1024,
    zipMb: size / 1024 / 1024,
    retainedMb: (retained - start) / 1024 / 1024,
  };
}

(globalThis as unknown as { runExport: typeof runExport }).runExport = runExport;
