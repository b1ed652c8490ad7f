import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';
import { expectFileContent } from '../harness/expected-file';
import { renderedDocument } from './render-markdown.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const fixtures = readdirSync(FIXTURES);

function convertFixture(name: string): string {
  const { document } = parseHTML(readFileSync(join(FIXTURES, name, 'source.html'), 'utf8'));
  const article = document.querySelector('article');
  if (!article) throw new Error(`${name}/source.html has no <article>`);
  return `${htmlToMarkdown(article)}\n`;
}

describe('realistic articles convert to the expected Markdown', () => {
  it('has fixtures to convert', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });

  it.each(fixtures)('%s', (name) => {
    expectFileContent(join(FIXTURES, name, 'expected.md'), convertFixture(name));
  });

  it.each(fixtures)('%s shows no page machinery and no raw HTML but cell breaks', (name) => {
    const markdown = convertFixture(name);
    expect(markdown.replace(/<br>/g, '')).not.toMatch(/<\/?[a-z][^>]*>/i);
    const document = renderedDocument(markdown);
    expect(document.querySelectorAll('script, style, svg, button, iframe, form')).toHaveLength(0);
    expect(markdown).not.toMatch(/[ \t]$/m);
    expect(markdown).not.toMatch(/\n{3,}/);
  });

  it('keeps the tutorial’s code runnable: languages, tabs, no line numbers', () => {
    const blocks = Array.from(
      renderedDocument(convertFixture('code-tutorial')).querySelectorAll('pre > code'),
    );
    expect(blocks.map((code) => code.getAttribute('class') || null)).toEqual([
      'language-shell-session',
      'language-python',
      null,
      'language-python',
    ]);
    const python = blocks[1]?.textContent ?? '';
    expect(python).toContain(
      '\twith open(path, newline="") as f:\n\t\trows = csv.reader(f)  # a lazy iterator',
    );
    expect(python).not.toMatch(/^\s*\d+\s*$/m);
    expect(blocks[2]?.textContent).toBe(
      "const rows = text.split('\\n');\nconsole.log(`${rows.length} rows`);\n",
    );
  });

  it('turns the header-less Wikipedia table into a table with every planet', () => {
    const document = renderedDocument(convertFixture('wikipedia-table'));
    const rows = Array.from(document.querySelectorAll('tbody tr'), (row) =>
      Array.from(row.querySelectorAll('td'), (cell) => (cell.textContent ?? '').trim()),
    );
    expect(Array.from(document.querySelectorAll('thead th'), (th) => th.textContent)).toEqual([
      'Planet',
      'Diameter(km)',
      'Moons',
      'Notes',
    ]);
    expect(rows.map((row) => row[0])).toEqual([
      'Mercury',
      'Venus',
      'Earth',
      'Mars',
      'Values are mean diameters.',
    ]);
    expect(rows[0]?.[3]).toBe('Smallest; no | atmosphere to speak of');
  });

  it('links each footnote reference in the essay to its note', () => {
    const document = renderedDocument(convertFixture('footnoted-essay'));
    const noteIds = Array.from(document.querySelectorAll('section.footnotes li'), (li) => li.id);
    const targets = Array.from(document.querySelectorAll('sup.footnote-ref a'), (a) =>
      (a.getAttribute('href') ?? '').slice(1),
    );
    expect(noteIds).toHaveLength(3);
    expect(targets).toHaveLength(4);
    expect(targets.every((target) => noteIds.includes(target))).toBe(true);
    expect(document.body.textContent).not.toContain('↩︎↩︎');
  });
});
