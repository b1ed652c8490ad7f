/**
 * Extraction quality and speed on corpus folders shaped like the article-extraction-benchmark:
 * `html/<id>.html.gz` plus `ground-truth.json`. Usage: npm run bench:quality -- DIR [DIR …]
 *
 * For each folder: the 4-gram shingle metric (the benchmark's) and the bag-of-words token F1 (the
 * Dragnet data's), for Clean Capture and for plain Readability in the same run; every refused page;
 * every page where we score below 0.5 while Readability scores 0.8 or more; time per page.
 */
import { Readability } from '@mozilla/readability';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { capturePage } from '../../lib/capture/capture-page.ts';
import { localeTranslator } from '../../cli/locale-translator.ts';
import { parsePage } from '../../cli/parse-page.ts';
import { say } from '../../lib/i18n/message.ts';
import { markdownToPlainText } from '../../lib/markdown/markdown-to-plain-text.ts';
import { scorePage, scoreSet, type PageScore } from './quality/score-extraction.ts';
import { meanTokenScore, scoreTokens, type TokenScore } from './quality/score-tokens.ts';
import { blockText } from './block-text.ts';
import { percentile } from './stats.ts';

interface Page {
  id: string;
  url: string;
  truth: string;
  html: string;
}

interface Scored {
  page: Page;
  shingles: PageScore;
  tokens: TokenScore;
  refused: string | null;
}

const WORSE_THAN = 0.5;
// Refusals are listed in the command line's words.
const ENGLISH = localeTranslator('en');
const READABILITY_GOOD = 0.8;

function loadCorpus(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<
    string,
    { url: string; articleBody: string }
  >;
  return Object.entries(truth).map(([id, { url, articleBody }]) => ({
    id,
    url,
    truth: articleBody,
    html: gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`))).toString('utf8'),
  }));
}

function score(page: Page, text: string, refused: string | null = null): Scored {
  return { page, shingles: scorePage(text, page.truth), tokens: scoreTokens(text, page.truth), refused };
}

function f1(s: PageScore): number {
  return s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
}

function summary(name: string, scored: readonly Scored[]): string {
  const shingles = scoreSet(scored.map((s) => s.shingles));
  const tokens = meanTokenScore(scored.map((s) => s.tokens));
  const f = (n: number): string => n.toFixed(3);
  const refused = scored.filter((s) => s.refused).length;
  return (
    `${name.padEnd(22)} 4-gram P ${f(shingles.precision)} R ${f(shingles.recall)} F1 ${f(shingles.f1)}` +
    `   token P ${f(tokens.precision)} R ${f(tokens.recall)} F1 ${f(tokens.f1)}   refused ${refused}`
  );
}

function benchFolder(dir: string): { ours: number[]; readability: number[] } {
  const pages = loadCorpus(dir);
  const ours: Scored[] = [];
  const plain: Scored[] = [];
  const times = { ours: [] as number[], readability: [] as number[] };
  // One untimed pass first so the timings measure warmed-up code, as in a long-lived tab or CLI run.
  for (const page of pages.slice(0, 20)) capturePage(parsePage(page.html), page.url);

  for (const page of pages) {
    const document = parsePage(page.html);
    const start = performance.now();
    // As the extension and the command line run it: every document check, then the article.
    const result = capturePage(document, page.url);
    times.ours.push(performance.now() - start);
    const text = result.ok ? markdownToPlainText(result.article.markdown) : '';
    ours.push(score(page, text, result.ok ? null : `${result.reason}: ${say(ENGLISH, result.message)}`));

    // The baseline: Readability alone on its own freshly parsed copy, text with breaks between blocks.
    const baseline = parsePage(page.html);
    const readabilityStart = performance.now();
    const content = new Readability<Node>(baseline, { serializer: (n) => n }).parse()?.content;
    times.readability.push(performance.now() - readabilityStart);
    plain.push(score(page, content ? blockText(content) : ''));
  }

  console.log(`\n${pages.length} pages from ${dir}`);
  console.log(summary('Clean Capture', ours));
  console.log(summary('Plain Readability', plain));
  const refusals = ours.filter((s) => s.refused);
  console.log(`Refused pages: ${refusals.length}`);
  for (const s of refusals) console.log(`  ${name(s.page)}  ${s.refused}`);
  const worse = ours
    .map((s, i) => ({ ours: s, plain: plain[i] as Scored }))
    .filter(
      ({ ours: o, plain: p }) =>
        (f1(o.shingles) < WORSE_THAN && f1(p.shingles) >= READABILITY_GOOD) ||
        (o.tokens.f1 < WORSE_THAN && p.tokens.f1 >= READABILITY_GOOD),
    );
  console.log(
    `Pages where we score below ${WORSE_THAN} and Readability ${READABILITY_GOOD} or more: ${worse.length}`,
  );
  for (const { ours: o, plain: p } of worse)
    console.log(`  ${name(o.page)}  ${line(o)}  Readability ${line(p)}`);
  console.log('Ten worst pages (ours, by token F1):');
  const worst = ours.map((s, i) => ({ ours: s, plain: plain[i] as Scored }));
  worst.sort((a, b) => a.ours.tokens.f1 - b.ours.tokens.f1);
  for (const { ours: o, plain: p } of worst.slice(0, 10))
    console.log(`  ${name(o.page)}  ${line(o)}  Readability ${line(p)}`);
  return times;
}

function name(page: Page): string {
  return `${page.id.slice(0, 12).padEnd(12)} ${page.url}`;
}

function line(s: Scored): string {
  return `4-gram ${f1(s.shingles).toFixed(3)} token ${s.tokens.f1.toFixed(3)}`;
}

function main(): void {
  const dirs = process.argv.slice(2);
  if (dirs.length === 0) {
    console.error(
      'Usage: npm run bench:quality -- DIR [DIR …]  (folders with html/<id>.html.gz and ground-truth.json)',
    );
    process.exit(2);
  }
  const ours: number[] = [];
  const readability: number[] = [];
  for (const dir of dirs) {
    const times = benchFolder(dir);
    ours.push(...times.ours);
    readability.push(...times.readability);
    const ms = (values: number[]): string =>
      `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
    console.log(`Time per page in ${basename(dir)}, linkedom parse excluded (the machine may be shared):`);
    console.log(`  Clean Capture:     ${ms(times.ours)}`);
    console.log(`  Readability alone: ${ms(times.readability)}`);
  }
  if (dirs.length > 1) {
    const ratio = percentile(ours, 50) / percentile(readability, 50);
    console.log(
      `\nAll ${ours.length} pages: Clean Capture median ${percentile(ours, 50).toFixed(1)} ms, p95 ${percentile(ours, 95).toFixed(1)} ms; median ratio to Readability alone ${ratio.toFixed(2)}`,
    );
  }
}

main();
