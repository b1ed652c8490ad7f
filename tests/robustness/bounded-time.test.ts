import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { capturePage } from '../../lib/capture/capture-page';
import { parsePage } from '../../cli/parse-page';
import { slugifyTitle } from '../../lib/export/slugify-title';
import { markLiterals, resolveEscapes } from '../../lib/markdown/escape-markdown';
import { parseMarkdownDocument } from '../../lib/markdown/markdown-document';
import { stripMarkdown } from '../../lib/markdown/markdown-to-plain-text';
import { robustnessCase } from './robustness-record';

// A guard against gross blow-ups, not a speed target (those live in the benches): each input that
// makes a naive scanner quadratic is run at a size and at ten times that size, and the larger must
// not take fifty times as long. Linear code takes about ten times; quadratic, a hundred. Medians of
// three runs, and a floor under which a run is too short to judge, keep a busy machine from failing it.

const GROWTH = 10;
const MAX_RATIO = 50;
/** Below this the larger run is noise, whatever the ratio. */
const FLOOR_MS = 40;

function medianMs(run: () => unknown): number {
  const times = [0, 1, 2].map(() => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return times.sort((a, b) => a - b)[1] as number;
}

const cases: { name: string; size: number; run: (n: number) => unknown }[] = [
  { name: 'search text of unclosed tags', size: 20_000, run: (n) => stripMarkdown('<a '.repeat(n)) },
  { name: 'search text of unclosed links', size: 20_000, run: (n) => stripMarkdown('[x]('.repeat(n)) },
  { name: 'escaping emphasis runs', size: 5_000, run: (n) => resolveEscapes(markLiterals('*a_ '.repeat(n))) },
  {
    name: 'escaping brackets and backticks',
    size: 5_000,
    run: (n) => resolveEscapes(markLiterals('[`'.repeat(n))),
  },
  { name: 'file name of a long title', size: 20_000, run: (n) => slugifyTitle('é-'.repeat(n)) },
  {
    name: 'a front matter of many lines',
    size: 500,
    run: (n) => parseMarkdownDocument(`---\n${'a: b\n'.repeat(n)}---\n\nBody.`),
  },
  {
    name: 'capture of unclosed paragraphs',
    size: 50,
    run: (n) =>
      capturePage(
        parsePage(
          `<title>t</title>${'<p>Some words of <b>text</b> and <a href="/x">a link</a>, then more words.'.repeat(n)}`,
        ),
        'https://example.com/',
      ),
  },
];

describe('time grows no faster than the input, give or take', () => {
  for (const { name, size, run } of cases) {
    it(`${name}: ten times the input, well under fifty times the time`, () => {
      const tally = robustnessCase('time bounded as input grows', `${name} (${size} → ${size * GROWTH})`);
      run(size); // warm up the JIT and the caches
      const small = medianMs(() => run(size));
      const large = medianMs(() => run(size * GROWTH));
      const ok = large < FLOOR_MS || large / Math.max(small, 0.5) < MAX_RATIO;
      tally.lost(0);
      tally.handled(ok);
      console.log(`${name}: ${small.toFixed(1)} ms → ${large.toFixed(1)} ms`);
      expect(ok, `${small.toFixed(1)} ms → ${large.toFixed(1)} ms`).toBe(true);
    }, 60_000);
  }
});
