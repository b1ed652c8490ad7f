import { parseHTML } from 'linkedom';
import { markLiterals, resolveEscapes } from '../../../lib/markdown/escape-markdown.ts';
import { htmlToMarkdown } from '../../../lib/markdown/html-to-markdown.ts';
import { median } from '../../bench/stats.ts';

/*
 * Escaping must grow linearly with the text: each paragraph below is escaped at n and at 10n
 * characters, and the time should grow about 10×, not 100×. Text nodes are marked one by one as
 * Turndown hands them over, then the paragraph is resolved as one line. Last, the paragraph from the
 * issue (`a* a* …`, 190 KB took 36 s) through the whole conversion. `npm run bench:markdown`
 */

/** A paragraph of about `n` characters as the text nodes a page would give. */
const SHAPES: Record<string, (n: number) => string[]> = {
  'a* a* … (closers, no opener)': (n) => ['a* '.repeat(n / 3)],
  '*a b* … (emphasis pairs)': (n) => ['*a b* '.repeat(n / 6)],
  'snake_case and _x_ …': (n) => ['snake_case _x_ '.repeat(n / 15)],
  '`x` … (code spans)': (n) => ['`x` '.repeat(n / 4)],
  '- - - … (one node per dash)': (n) => Array.from({ length: n / 2 }, () => '- '),
  '> > > … *x* (one node per sign)': (n) => [...Array.from({ length: n / 2 }, () => '> '), '*x*'],
  '## Tags #a #a … (one node per tag)': (n) => ['## Tags', ...Array.from({ length: n / 3 }, () => ' #a')],
};
const SIZES = [19_000, 190_000] as const;
const ROUNDS = 7;

function medianTime(run: () => unknown): number {
  run(); // warm-up, not timed
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return median(times);
}

function row(name: string, time: (size: number) => number): Record<string, string | number> {
  const [small, large] = SIZES.map(time) as [number, number];
  return {
    paragraph: name,
    [`${SIZES[0] / 1000} KB ms`]: +small.toFixed(1),
    [`${SIZES[1] / 1000} KB ms`]: +large.toFixed(1),
    'ratio (10× the text)': +(large / small).toFixed(1),
  };
}

const rows = Object.entries(SHAPES).map(([name, make]) =>
  row(name, (size) => {
    const marked = make(size).map(markLiterals).join('');
    return medianTime(() => resolveEscapes(marked));
  }),
);
rows.push(
  row('a* a* … through htmlToMarkdown', (size) => {
    const { document } = parseHTML(
      `<html><body><article><p>${'a* '.repeat(size / 3)}</p></article></body></html>`,
    );
    const article = document.querySelector('article');
    if (!article) throw new Error('no article');
    return medianTime(() => htmlToMarkdown(article));
  }),
);
console.table(rows);
console.log(`Medians of ${ROUNDS} runs each. Linear: a ratio near 10; quadratic would be near 100.`);
