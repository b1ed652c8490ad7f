/**
 * Picks the full-text library by measurement: MiniSearch 7 vs FlexSearch 0.8 on the same generated
 * articles (index build time, query p95, heap, serialised size, load time).
 * Run: npm run bench:search-libs [-- --quick]. Each library runs in its own Node process so one
 * index's memory never counts against the next.
 */
import { spawnSync } from 'node:child_process';
import { deserialize, serialize } from 'node:v8';
import FlexSearch from 'flexsearch';
import MiniSearch from 'minisearch';
import { generateArticles } from './generate-articles';
import { buildQueries } from './bench-queries';
import { median, percentile } from './stats';
import {
  createArticleSearch,
  indexArticle,
  searchArticles,
  type ArticleSearch,
} from '../../lib/search/article-search';
import { loadSearch, serialiseSearch } from '../search/stored-search';

const quick = process.argv.includes('--quick');
const count = quick ? 2_000 : 10_000;
const { articles, vocabulary } = generateArticles(count);
const queries = buildQueries(articles, vocabulary, 50);
const gc = (globalThis as { gc?: () => void }).gc;
const heap = () => {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed;
};

interface Candidate {
  name: string;
  build(): unknown;
  search(index: unknown, q: string): number[];
  /** A string, or bytes for an index IndexedDB stores by structured clone (as v8.serialize does). */
  save(index: unknown): Promise<string | Uint8Array>;
  load(data: string | Uint8Array): Promise<unknown>;
}

const docs = articles.map((a) => ({
  id: a.id,
  title: a.title,
  authors: a.authors.join(', '),
  site: a.siteName ?? '',
  body: a.markdown,
}));
const msOptions = { fields: ['title', 'authors', 'site', 'body'], storeFields: [] as string[] };

const candidates: Candidate[] = [
  {
    name: 'ours: minisearch@7.2.0 in segments of 2,000, no stop words in bodies',
    build() {
      const ms = createArticleSearch();
      for (const a of articles) indexArticle(ms, a);
      return ms;
    },
    search: (index, q) => searchArticles(index as ArticleSearch, q, 100).map((h) => h.id),
    save: async (index) => serialize(serialiseSearch(index as ArticleSearch)),
    load: async (data) => loadSearch(deserialize(data as Uint8Array) as ReturnType<typeof serialiseSearch>),
  },
  {
    name: 'minisearch@7.2.0',
    build() {
      const ms = new MiniSearch(msOptions);
      ms.addAll(docs);
      return ms;
    },
    search(index, q) {
      return (index as MiniSearch)
        .search(q, { combineWith: 'AND', prefix: (_t, i, all) => i === all.length - 1, boost: { title: 3 } })
        .slice(0, 100)
        .map((r) => r.id as number);
    },
    save: async (index) => JSON.stringify(index),
    load: async (data) => MiniSearch.loadJSON(data as string, msOptions),
  },
  flexCandidate('flexsearch@0.8.212 strict (no prefixes)', 'strict'),
  flexCandidate('flexsearch@0.8.212', 'forward'),
];

type FlexDocument = InstanceType<typeof FlexSearch.Document>;

/** FlexSearch over the same fields, with whole words only (`strict`) or every prefix (`forward`). */
function flexCandidate(name: string, tokenize: 'strict' | 'forward'): Candidate {
  const create = () =>
    new FlexSearch.Document({
      document: { id: 'id', index: ['title', 'authors', 'site', 'body'] },
      tokenize,
    });
  return {
    name,
    build() {
      const fx = create();
      for (const d of docs) fx.add(d);
      return fx;
    },
    search(index, q) {
      const groups = (index as FlexDocument).search(q, { limit: 100 }) as { result: number[] }[];
      return [...new Set(groups.flatMap((g) => g.result))].slice(0, 100);
    },
    async save(index) {
      const parts: Record<string, string> = {};
      await (index as FlexDocument).export((key: string, data: string) => {
        parts[key] = data;
      });
      return JSON.stringify(parts);
    },
    async load(data) {
      const fx = create();
      for (const [key, value] of Object.entries(JSON.parse(data as string) as Record<string, string>))
        fx.import(key, value);
      return fx;
    },
  };
}

async function measure(c: Candidate): Promise<Record<string, number | string>> {
  const before = heap();
  let t = performance.now();
  const index = c.build();
  const buildMs = performance.now() - t;
  const heapMb = (heap() - before) / 1e6;
  const times: number[] = [];
  let hits = 0;
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      t = performance.now();
      const r = c.search(index, q.text);
      times.push(performance.now() - t);
      if (round === 0 && r.includes(q.expectId)) hits++;
    }
  }
  const data = await c.save(index);
  const loads: number[] = [];
  for (let i = 0; i < 3; i++) {
    t = performance.now();
    await c.load(data);
    loads.push(performance.now() - t);
  }
  return {
    library: c.name,
    articles: count,
    buildMs: Math.round(buildMs),
    queryMedianMs: +median(times).toFixed(2),
    queryP95Ms: +percentile(times, 95).toFixed(2),
    sourceInTop100Of50: hits,
    heapMb: Math.round(heapMb),
    serialisedMb: +(data.length / 1e6).toFixed(1),
    loadMs: Math.round(median(loads)),
  };
}

const only = process.argv.indexOf('--only');
if (only !== -1) {
  const c = candidates[Number(process.argv[only + 1])] as Candidate;
  console.log(JSON.stringify(await measure(c)));
} else {
  const rows = candidates.map((_, i) => {
    const child = spawnSync(
      process.execPath,
      [
        '--expose-gc',
        '--max-old-space-size=4096',
        '--import',
        'tsx',
        process.argv[1] as string,
        '--only',
        String(i),
        ...(quick ? ['--quick'] : []),
      ],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
    );
    return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number | string>;
  });
  console.table(rows);
  console.log(JSON.stringify(rows));
}
