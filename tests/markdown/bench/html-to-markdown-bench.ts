import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import TurndownService from 'turndown';
import { htmlToMarkdown } from '../../../lib/markdown/html-to-markdown.ts';
import { median } from '../../bench/stats.ts';

/*
 * How much our rules and escaping cost over plain Turndown, on the same article in the same run.
 * The article is the three fixtures repeated to about the size of a long read (~150 KB of HTML).
 * `npm run bench:markdown`
 */

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
const ROUNDS = 25;

const bodies = readdirSync(FIXTURES).map((name) => {
  const html = readFileSync(join(FIXTURES, name, 'source.html'), 'utf8');
  return /<article>([\s\S]*)<\/article>/.exec(html)?.[1] ?? '';
});
// Distinct ids per copy, so footnotes stay footnotes rather than collide.
const copies = Array.from({ length: 12 }, (_, copy) =>
  bodies
    .join('\n')
    .replace(/(id|href)="#?([^"]+)"/g, (m, attr: string, value: string) =>
      m.includes('#') ? `${attr}="#${value}-${copy}"` : `${attr}="${value}-${copy}"`,
    ),
);
const { document } = parseHTML(
  `<!doctype html><html><body><article>${copies.join('\n')}</article></body></html>`,
);
const article = document.querySelector('article');
if (!article) throw new Error('no article');

const baseline = new TurndownService({
  headingStyle: 'atx',
  codeBlockStyle: 'fenced',
  bulletListMarker: '-',
});

function time(run: () => string): { ms: number; length: number } {
  const start = performance.now();
  const length = run().length;
  return { ms: performance.now() - start, length };
}

// Warm up both, then interleave so both see the same machine load.
for (let i = 0; i < 3; i++) {
  htmlToMarkdown(article);
  baseline.turndown(article);
}
const ours: number[] = [];
const plain: number[] = [];
let outputLength = 0;
for (let i = 0; i < ROUNDS; i++) {
  const a = time(() => htmlToMarkdown(article));
  const b = time(() => baseline.turndown(article));
  ours.push(a.ms);
  plain.push(b.ms);
  outputLength = a.length;
}

const ourMedian = median(ours);
const plainMedian = median(plain);
console.log(
  `article: ${(article.outerHTML.length / 1024).toFixed(0)} KB of HTML, ${(outputLength / 1024).toFixed(0)} KB of Markdown`,
);
console.log(`htmlToMarkdown  median ${ourMedian.toFixed(1)} ms over ${ROUNDS} runs`);
console.log(`plain Turndown  median ${plainMedian.toFixed(1)} ms (baseline)`);
console.log(`ratio           ${(ourMedian / plainMedian).toFixed(2)}×`);
