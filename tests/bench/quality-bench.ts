/**
 * Extraction quality and speed on a corpus folder shaped like the article-extraction-benchmark:
 * `html/<id>.html.gz` plus `ground-truth.json`. Usage: npm run bench:quality -- DIR
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { captureArticle, captureOwnedDocument } from '../../lib/capture/capture-article.ts';
import { markdownToPlainText } from '../../lib/quality/markdown-to-plain-text.ts';
import { scorePage, scoreSet, type PageScore, type SetScore } from '../../lib/quality/score-extraction.ts';

interface Page {
  id: string;
  url: string;
  truth: string;
  html: string;
}

const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

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

/** Text with a line break around every block element, the way a reader sees the blocks. */
function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node): void => {
    if (current.nodeType === 3) parts.push(current.nodeValue ?? '');
    else if (current.nodeType === 1) {
      const block = BLOCK.test((current as Element).tagName.toUpperCase());
      if (block) parts.push('\n');
      for (const child of Array.from(current.childNodes)) walk(child);
      if (block) parts.push('\n');
    }
  };
  walk(node);
  return parts.join('');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function formatSet(name: string, score: SetScore): string {
  const f = (n: number): string => n.toFixed(3);
  return `${name.padEnd(34)} P ${f(score.precision)}  R ${f(score.recall)}  F1 ${f(score.f1)}  accuracy ${f(score.accuracy)}`;
}

function main(): void {
  const dir = process.argv[2];
  if (!dir) {
    console.error(
      'Usage: npm run bench:quality -- DIR  (a folder with html/<id>.html.gz and ground-truth.json)',
    );
    process.exit(2);
  }
  const pages = loadCorpus(dir);
  const ours: PageScore[] = [];
  const readabilityPlain: PageScore[] = [];
  const readabilityBlocks: PageScore[] = [];
  const timings = {
    capture: [] as number[],
    total: [] as number[],
    captureCpu: [] as number[],
    readability: [] as number[],
    readabilityCpu: [] as number[],
    copyCpu: [] as number[],
  };
  const failures: string[] = [];
  let empty = 0;

  // One untimed pass first so the timings measure warmed-up code, as in a long-lived tab or CLI run.
  for (const page of pages) {
    captureArticle(parseHTML(page.html).document, page.url);
    new Readability(parseHTML(page.html).document).parse();
  }

  for (const page of pages) {
    const start = performance.now();
    const { document } = parseHTML(page.html);
    const parsed = performance.now();
    const cpu = process.cpuUsage();
    // As the command line runs it: the freshly parsed document is the capture's to change.
    const result = captureOwnedDocument(document, page.url);
    const used = process.cpuUsage(cpu);
    const done = performance.now();
    timings.capture.push(done - parsed);
    timings.total.push(done - start);
    timings.captureCpu.push((used.user + used.system) / 1000);
    const text = result.ok ? markdownToPlainText(result.article.markdown) : '';
    if (!result.ok) failures.push(`${page.id.slice(0, 12)} ${result.reason}: ${result.message}`);
    if (text.trim() === '') empty++;
    ours.push(scorePage(text, page.truth));

    // As the extension runs it: the page stays untouched, the capture works on a copy.
    const live = parseHTML(page.html).document;
    const copyCpu = process.cpuUsage();
    captureArticle(live, page.url);
    const copyUsed = process.cpuUsage(copyCpu);
    timings.copyCpu.push((copyUsed.user + copyUsed.system) / 1000);

    // The baseline: Readability alone on its own freshly parsed copy (it consumes the document it reads).
    const baseline = parseHTML(page.html).document;
    const readabilityStart = performance.now();
    const readabilityCpu = process.cpuUsage();
    const content = new Readability<Node>(baseline, { serializer: (n) => n }).parse()?.content;
    const readabilityUsed = process.cpuUsage(readabilityCpu);
    timings.readability.push(performance.now() - readabilityStart);
    timings.readabilityCpu.push((readabilityUsed.user + readabilityUsed.system) / 1000);
    readabilityPlain.push(scorePage(content?.textContent ?? '', page.truth));
    readabilityBlocks.push(scorePage(content ? blockText(content) : '', page.truth));
  }

  const our = scoreSet(ours);
  const plain = scoreSet(readabilityPlain);
  const blocks = scoreSet(readabilityBlocks);
  console.log(`${pages.length} pages from ${dir}\n`);
  console.log(formatSet('Clean Capture (Markdown as text)', our));
  console.log(formatSet('Readability textContent', plain));
  console.log(formatSet('Readability, breaks between blocks', blocks));
  console.log(
    `\nF1 ratio ours / Readability: ${(our.f1 / plain.f1).toFixed(3)} (text), ${(our.f1 / blocks.f1).toFixed(3)} (with breaks)`,
  );
  console.log(`Empty bodies: ${empty}`);
  for (const line of failures) console.log(`  failed ${line}`);

  console.log('\nTen worst pages (ours; Readability with breaks for comparison):');
  const f1 = (s: PageScore): number =>
    s.precision + s.recall > 0 ? (2 * s.precision * s.recall) / (s.precision + s.recall) : 0;
  const rows = pages.map((page, i) => ({ page, ours: ours[i], readability: readabilityBlocks[i] }));
  rows.sort((a, b) => (a.ours ? f1(a.ours) : 0) - (b.ours ? f1(b.ours) : 0));
  for (const { page, ours: s, readability: r } of rows.slice(0, 10)) {
    if (!s || !r) continue;
    console.log(
      `  F1 ${f1(s).toFixed(3)} (P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)})  Readability ${f1(r).toFixed(3)}  ${page.id.slice(0, 12)} ${page.url}`,
    );
  }
  const ms = (values: number[]): string =>
    `median ${percentile(values, 50).toFixed(1)} ms, p95 ${percentile(values, 95).toFixed(1)} ms`;
  const ratio = (a: number[], b: number[]): string => (percentile(a, 50) / percentile(b, 50)).toFixed(2);
  console.log('\nTime per page (wall clock; the machine may be shared, so CPU time is shown too):');
  console.log(
    `  Clean Capture, linkedom parse excluded: ${ms(timings.capture)}  (CPU ${ms(timings.captureCpu)})`,
  );
  console.log(`  Clean Capture, linkedom parse included: ${ms(timings.total)}`);
  console.log(`  Clean Capture on a copy of the page (as in the extension), CPU: ${ms(timings.copyCpu)}`);
  console.log(
    `  Readability alone, parse excluded:      ${ms(timings.readability)}  (CPU ${ms(timings.readabilityCpu)})`,
  );
  console.log(
    `  Median ratio ours / Readability: ${ratio(timings.capture, timings.readability)} (wall), ${ratio(timings.captureCpu, timings.readabilityCpu)} (CPU)`,
  );
}

main();
