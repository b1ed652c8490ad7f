import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderMarkdown, visibleText } from '../render-markdown.ts';

/** Pieces of prose full of characters Markdown could misread. */
const PIECES = [
  ...['a', 'b', 'word', 'x1', '2', '10', ' ', ' ', ' ', '\u00a0', 'é', '中'],
  ...['*', '**', '_', '__', '`', '```', '~', '~~', '[', ']', '(', ')', '![', '](', '[^', '[['],
  ...[
    '#',
    '## ',
    '>',
    '- ',
    '+ ',
    '1. ',
    '2) ',
    '=',
    '---',
    '***',
    '___',
    '\\',
    '&',
    '&amp;',
    '&copy;',
    '<',
    '<b>',
    '</i>',
    '<!--',
  ],
  ...['|', ':', '"', "'", '.', '!', '?', 'http://x.test/a_b', 'a@b.test'],
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

describe('escaping keeps the words a reader sees', () => {
  it('for random prose in paragraphs, after breaks, in lists, quotes, emphasis, links, code, headings, tables', () => {
    // Fixed seed, reproducible; SEED=… RUNS=… explore further (18,000 cases over six seeds pass).
    let seed = Number(process.env.SEED ?? 7);
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const prose = (): string =>
      Array.from(
        { length: 1 + Math.floor(random() * 10) },
        () => PIECES[Math.floor(random() * PIECES.length)],
      ).join('');
    const failures: string[] = [];
    for (let run = 0; run < Number(process.env.RUNS ?? 400); run++) {
      const [a, b, c] = [prose(), prose(), prose()].map(escapeHtml);
      const html = [
        `<p>${a}</p>`,
        `<p>${b}<br>${c}</p>`,
        `<ul><li>${c}</li></ul>`,
        `<blockquote><p>${a}</p></blockquote>`,
        `<p><em>${b}</em> and <strong>${c}</strong></p>`,
        `<p><a href="https://x.test/">${b}</a> ${c} <code>${a}</code></p>`,
        `<h2>${a}</h2><p>${b}</p>`,
        `<table><tr><th>h</th><th>${c}</th></tr><tr><td>${a}</td><td>${b}</td></tr></table>`,
      ][run % 8] as string;
      const markdown = convertHtml(html);
      if (visibleText(renderMarkdown(markdown)) !== visibleText(html))
        failures.push(`${html}\n  → ${markdown}`);
    }
    expect(failures).toEqual([]);
  });
});
