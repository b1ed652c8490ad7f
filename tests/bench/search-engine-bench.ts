/**
 * Issue 16, step one: measures full-text engines side by side from 1,000 to 100,000 generated
 * articles, on the library bench's 50 varied queries, top 50 by BM25 with title weight.
 * Run: npm run bench:search-libs [-- --sizes 1000,10000,100000] [--engines 0,2,3] (3: the FTS5
 * index the library ships, with its top-k cut).
 * Each engine is built in one Node process and opened from its files in another, so memory after
 * opening counts only what the engine keeps. Prints a JSON line per figure, then a table.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildQueries, type BenchQuery } from './bench-queries';
import { generateArticles } from './generate-articles';
import { minisearchLazy } from './search-engines/minisearch-lazy';
import { minisearchWhole } from './search-engines/minisearch-whole';
import type { SearchEngine } from './search-engines/search-engine';
import { shippedFts5 } from './search-engines/shipped-fts5';
import { sqliteFts5 } from './search-engines/sqlite-fts5';
import { median, percentile } from './stats';

const engines: SearchEngine[] = [minisearchWhole, minisearchLazy, sqliteFts5, shippedFts5];
const LIMIT = 50;
const ROUNDS = 3;
const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
};
// One folder per run, handed to its child processes, so runs side by side never share files.
const WORK = arg('--work') ?? join(tmpdir(), `clean-capture-search-bench-${process.pid}`);
const mb = (bytes: number) => +(bytes / 1e6).toFixed(1);
const gc = (globalThis as { gc?: () => void }).gc;
function memory() {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { heapMb: mb(m.heapUsed), externalMb: mb(m.external + m.arrayBuffers), rssMb: mb(m.rss) };
}
const folderBytes = (dir: string) => readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0);

type Figures = Record<string, number | string>;

async function buildPhase(engine: SearchEngine, size: number, dir: string): Promise<Figures> {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { articles, vocabulary } = generateArticles(size);
  writeFileSync(join(dir, '..', 'queries.json'), JSON.stringify(buildQueries(articles, vocabulary, 50)));
  const before = memory();
  const t = performance.now();
  const built = await engine.build(articles, dir);
  const buildMs = Math.round(performance.now() - t);
  // Held where the collector cannot drop it before it is measured.
  (globalThis as { built?: unknown }).built = built;
  const after = memory();
  return {
    buildMs,
    builtHeapMb: +(after.heapMb - before.heapMb).toFixed(1),
    builtWasmAndBuffersMb: +(after.externalMb - before.externalMb).toFixed(1),
    builtRssMb: +(after.rssMb - before.rssMb).toFixed(1),
    diskMb: mb(folderBytes(dir)),
  };
}

async function openPhase(engine: SearchEngine, dir: string): Promise<Figures> {
  const queries = JSON.parse(readFileSync(join(dir, '..', 'queries.json'), 'utf8')) as BenchQuery[];
  const start = memory();
  let t = performance.now();
  const search = await engine.open(dir);
  search((queries[0] as BenchQuery).text, LIMIT);
  const openMs = Math.round(performance.now() - t);
  const opened = memory();
  const times: number[] = [];
  let found = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const q of queries) {
      t = performance.now();
      const ids = search(q.text, LIMIT);
      times.push(performance.now() - t);
      if (round === 0 && ids.includes(q.expectId)) found++;
    }
  }
  const searched = memory();
  return {
    openToSearchableMs: openMs,
    queryMedianMs: +median(times).toFixed(2),
    queryP95Ms: +percentile(times, 95).toFixed(2),
    sourceInTop50Of50: found,
    heapAfterOpenMb: +(opened.heapMb - start.heapMb).toFixed(1),
    heapAfterQueriesMb: +(searched.heapMb - start.heapMb).toFixed(1),
    wasmAndBuffersAfterQueriesMb: +(searched.externalMb - start.externalMb).toFixed(1),
    rssAfterOpenMb: +(opened.rssMb - start.rssMb).toFixed(1),
    rssAfterQueriesMb: +(searched.rssMb - start.rssMb).toFixed(1),
  };
}

/** Minified (and gzipped) size of what a worker would import, plus assets such as a .wasm. */
async function bundleFigures(engine: SearchEngine): Promise<Figures> {
  const out = await build({
    stdin: { contents: engine.bundleEntry, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const js = out.outputFiles[0]?.contents ?? new Uint8Array();
  const assets = (engine.bundleAssets ?? []).map((f) => readFileSync(f));
  const raw = js.length + assets.reduce((n, a) => n + a.length, 0);
  const gz = gzipSync(js).length + assets.reduce((n, a) => n + gzipSync(a).length, 0);
  return { bundleKb: Math.round(raw / 1e3), bundleGzipKb: Math.round(gz / 1e3) };
}

function child(phase: string, engine: number, size: number): Figures {
  const run = spawnSync(
    process.execPath,
    ['--expose-gc', '--max-old-space-size=6144', '--import', 'tsx', process.argv[1] as string].concat([
      '--phase',
      phase,
      '--engine',
      String(engine),
      '--size',
      String(size),
      '--work',
      WORK,
    ]),
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (run.status !== 0 || !last.startsWith('{'))
    throw new Error(`${phase} of engine ${engine} at ${size} failed`);
  return JSON.parse(last) as Figures;
}

const phase = arg('--phase');
if (phase) {
  const engine = engines[Number(arg('--engine'))] as SearchEngine;
  const dir = join(WORK, String(arg('--size')), String(arg('--engine')));
  const figures =
    phase === 'build' ? await buildPhase(engine, Number(arg('--size')), dir) : await openPhase(engine, dir);
  console.log(JSON.stringify(figures));
} else {
  const sizes = (arg('--sizes') ?? '1000,10000').split(',').map(Number);
  const chosen = arg('--engines')?.split(',').map(Number) ?? engines.map((_, i) => i);
  const rows: Figures[] = [];
  for (const size of sizes) {
    let baseline: Figures | undefined;
    for (const i of chosen) {
      const engine = engines[i] as SearchEngine;
      const t = performance.now();
      const row: Figures = {
        engine: engine.name,
        articles: size,
        ...child('build', i, size),
        ...child('open', i, size),
        ...(await bundleFigures(engine)),
        benchSeconds: Math.round((performance.now() - t) / 1e3),
      };
      // Ratios against today's index measured in this same run (engine 0), when it ran.
      if (i === 0) baseline = row;
      for (const [figure, value] of Object.entries(row)) {
        if (typeof value !== 'number' || figure === 'articles') continue;
        const base = baseline?.[figure];
        const ratio = typeof base === 'number' && base > 0 ? +(value / base).toFixed(2) : null;
        console.log(
          JSON.stringify({ engine: engine.name, articles: size, figure, value, ratioToToday: ratio }),
        );
      }
      rows.push(row);
    }
  }
  console.table(rows.map(({ engine, ...rest }) => ({ engine: String(engine).slice(0, 34), ...rest })));
  rmSync(WORK, { recursive: true, force: true });
}
