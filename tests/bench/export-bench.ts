/**
 * Export benchmark: the streamed zip (native and fflate DEFLATE) against a naive
 * baseline that holds every document in memory and calls fflate's zipSync, in the same run.
 * Targets (browser): 1,000 articles ≤ 2 s, 10,000 ≤ 20 s, peak heap < 300 MB.
 *
 *   npm run bench:export            1,000 and 10,000 articles
 *   npm run bench:export -- 2000    one size
 */
import { availableParallelism, loadavg } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { zipSync, type Zippable } from 'fflate';
import type { StoredArticle } from '../../lib/article';
import { articleDocument, buildExportZip } from '../../lib/export/build-export-zip';
import { createFileNameAllocator } from '../../lib/export/create-file-name-allocator';
import { deflateRawNatively, deflateRawWithFflate } from '../../lib/export/deflate-raw';
import { articleStream } from '../export/article-stream';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const MB = 1024 * 1024;

/** Heap plus array buffers: zip chunks live outside the JS heap in Node but count in a tab. */
function memoryNow(): number {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

interface Run {
  ms: number;
  /** CPU time of the whole process (zlib and Web Crypto threads included): steadier than wall time on a busy machine. */
  cpuMs: number;
  peakMb: number;
  zipMb: number;
}

type Variant = (count: number, sample: () => void) => Promise<number>;

const streamed =
  (deflateRaw = deflateRawNatively): Variant =>
  async (count, sample) => {
    const chunks = await buildExportZip(articleStream(count), {
      total: count,
      deflateRaw,
      now: new Date('2026-11-27T00:00:00Z'),
      onProgress: sample,
    });
    sample();
    return chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  };

/** The obvious way: every document in one object, then one synchronous zip. */
const naive: Variant = async (count, sample) => {
  const nameFor = createFileNameAllocator();
  const files: Zippable = {};
  const encoder = new TextEncoder();
  for (const article of articleStream(count))
    files[nameFor(article.title, article.sourceUrl)] = encoder.encode(articleDocument(article));
  sample();
  const zip = zipSync(files, { level: 6, mtime: new Date('2026-11-27T00:00:00Z') });
  sample();
  return zip.length;
};

/** Only generating the articles, to show how much of each time is the test corpus itself. */
const generateOnly: Variant = async (count, sample) => {
  let size = 0;
  for (const article of articleStream(count) as Iterable<StoredArticle>) size += article.markdown.length;
  sample();
  return size;
};

async function measure(variant: Variant, count: number): Promise<Run> {
  gc();
  const start = memoryNow();
  let peak = start;
  const sample = () => {
    peak = Math.max(peak, memoryNow());
  };
  const timer = setInterval(sample, 5);
  const began = performance.now();
  const cpu = process.cpuUsage();
  const bytes = await variant(count, sample);
  const ms = performance.now() - began;
  const { user, system } = process.cpuUsage(cpu);
  clearInterval(timer);
  return { ms, cpuMs: (user + system) / 1000, peakMb: (peak - start) / MB, zipMb: bytes / MB };
}

/**
 * Most memory still reachable during a run: collects garbage before each sample (at most every
 * 200 ms, in an untimed run), so it shows what a variant holds on to, not what it has yet to free.
 */
async function liveMemory(variant: Variant, count: number): Promise<number> {
  gc();
  const start = memoryNow();
  let peak = start;
  let last = 0;
  await variant(count, () => {
    if (performance.now() - last < 200) return;
    gc();
    peak = Math.max(peak, memoryNow());
    last = performance.now();
  });
  return (peak - start) / MB;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function benchSize(count: number) {
  const repeats = count <= 2000 ? 5 : 3;
  const variants: Array<[string, Variant]> = [
    ['generate articles only', generateOnly],
    ['naive: all in memory + zipSync', naive],
    ['streamed, native DEFLATE', streamed(deflateRawNatively)],
    ['streamed, fflate DEFLATE', streamed(deflateRawWithFflate)],
  ];
  const results = new Map<string, Run[]>(variants.map(([name]) => [name, []]));
  // Interleaved, so load from other processes on the machine spreads over every variant alike.
  for (let round = 0; round < repeats; round++) {
    for (const [name, variant] of variants) results.get(name)?.push(await measure(variant, count));
  }
  const live = new Map<string, number>();
  for (const [name, variant] of variants) live.set(name, await liveMemory(variant, count));
  const summary = (name: string) => {
    const runs = results.get(name) ?? [];
    return {
      ms: median(runs.map((r) => r.ms)),
      cpuMs: median(runs.map((r) => r.cpuMs)),
      peak: Math.max(...runs.map((r) => r.peakMb)),
      zip: runs[0]?.zipMb ?? 0,
    };
  };
  const baseline = summary('naive: all in memory + zipSync');
  const load = loadavg()[0]?.toFixed(1);
  console.log(
    `\n${count.toLocaleString('en')} articles, median of ${repeats}; load average ${load} on ${availableParallelism()} cores`,
  );
  console.log(
    'peak = most heap + array buffers above the start, garbage included; live = the same, garbage collected',
  );
  console.log('output = zip MB (Markdown MB for the first row)');
  console.log(
    'variant                              wall ms    cpu ms   peak MB   live MB   output MB   wall vs naive   cpu vs naive',
  );
  for (const [name] of variants) {
    const { ms, cpuMs, peak, zip } = summary(name);
    const ratios = name.startsWith('generate')
      ? ''
      : `${`${(ms / baseline.ms).toFixed(2)}×`.padStart(13)}   ${`${(cpuMs / baseline.cpuMs).toFixed(2)}×`.padStart(12)}`;
    console.log(
      `${name.padEnd(36)} ${ms.toFixed(0).padStart(7)} ${cpuMs.toFixed(0).padStart(9)} ${peak.toFixed(0).padStart(9)} ${(live.get(name) ?? 0).toFixed(0).padStart(9)} ${zip.toFixed(1).padStart(11)}   ${ratios}`,
    );
  }
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
for (const count of sizes.length > 0 ? sizes : [1_000, 10_000]) await benchSize(count);
