import { performance } from 'node:perf_hooks';
import type { ArticleRecord } from '../../lib/article';
import { sha256Hex } from '../../lib/bytes/sha256-hex';
import { mirrorFingerprintSource } from '../../lib/mirror/mirror-fingerprint';
import { mirrorPaths, type RememberedName } from '../../lib/mirror/mirror-paths';
import { planMirror, type WantedFile } from '../../lib/mirror/plan-mirror';
import { DEFAULT_TEMPLATE_SETTINGS } from '../../lib/templates/template-settings';
import { generateArticles } from './generate-articles';
import { median } from './stats';

// What a folder pass costs before it writes anything, for a library of 10,000 articles with
// nothing changed (a page opening, the common case): every article's path, the fingerprint of
// what its file is made from, and the plan. Before: naming every article afresh and writing the
// templates out for each fingerprint, as passes did until the folder kept each file's base name.
// After: with the names the last pass kept, as a pass does now. Also shown, in the same run: the
// paths alone, which an export of the whole library computes anyway. Reading the records from
// IndexedDB is not in it.

const COUNT = Number(process.env.MIRROR_BENCH_ARTICLES ?? 10_000);
const RUNS = 7;
const encoder = new TextEncoder();

const records: ArticleRecord[] = generateArticles(COUNT).articles.map(
  ({ markdown: _body, ...record }) => record,
);

/**
 * One pass's plan. `before`: as the pass did before it kept names, naming every article afresh and
 * writing the templates into each fingerprint's text (the same text, see mirror-fingerprint.test.ts).
 */
async function plan(remembered?: Map<number, RememberedName>): Promise<number> {
  const before = remembered === undefined;
  const paths = await mirrorPaths(records, undefined, remembered);
  const wanted: WantedFile[] = [];
  for (const record of records) {
    const source = before
      ? JSON.stringify([record, [], DEFAULT_TEMPLATE_SETTINGS])
      : mirrorFingerprintSource(record, [], DEFAULT_TEMPLATE_SETTINGS, false);
    wanted.push({
      path: paths.get(record.id) as string,
      articleId: record.id,
      fingerprint: await sha256Hex(encoder.encode(source)),
      capturedAt: record.capturedAt,
    });
  }
  const written = wanted.map((file) => ({ ...file, sha256: 'x', assets: [] }));
  return planMirror(wanted, written).write.length;
}

async function time(run: () => Promise<unknown> | unknown): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times;
}

const lastPass = new Map<number, RememberedName>();
await mirrorPaths(records, undefined, lastPass);
const paths = median(await time(() => mirrorPaths(records)));
const fresh = median(await time(() => plan()));
const kept = median(await time(() => plan(lastPass)));
if ((await plan()) !== 0 || (await plan(lastPass)) !== 0)
  throw new Error('An unchanged library planned writes.');
console.log(`${COUNT.toLocaleString('en')} articles, median of ${RUNS} runs:`);
console.log(`  paths only (an export's naming):              ${paths.toFixed(1)} ms`);
console.log(`  a pass before (naming afresh + fingerprints): ${fresh.toFixed(1)} ms`);
console.log(
  `  a pass now (the last pass's names):           ${kept.toFixed(1)} ms (${(fresh / kept).toFixed(1)}× faster)`,
);
