import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';
import { renderedDocument } from '../render-markdown.ts';

/** The rendered table as rows of cell texts, header first, as a reader sees it. */
function renderedRows(markdown: string): string[][] {
  const document = renderedDocument(markdown);
  return Array.from(document.querySelectorAll('tr'), (row) =>
    Array.from(row.querySelectorAll('th, td'), (cell) => (cell.textContent ?? '').trim()),
  );
}

describe('GFM tables', () => {
  it.each([
    [
      'a header row of <th>',
      '<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ada</td><td>36</td></tr></table>',
      '| Name | Age |\n| --- | --- |\n| Ada | 36 |',
    ],
    [
      'a <thead> whose cells are <td>',
      '<table><thead><tr><td>Name</td><td>Age</td></tr></thead><tbody><tr><td>Ada</td><td>36</td></tr></tbody></table>',
      '| Name | Age |\n| --- | --- |\n| Ada | 36 |',
    ],
    [
      'no header at all: an empty header keeps every row as data',
      '<table><tr><td>Born</td><td>1815</td></tr><tr><td>Died</td><td>1852</td></tr></table>',
      '|  |  |\n| --- | --- |\n| Born | 1815 |\n| Died | 1852 |',
    ],
    [
      'a bold first row is the header',
      '<table><tr><td><b>City</b></td><td><strong>Pop.</strong></td></tr><tr><td>Oslo</td><td>700k</td></tr></table>',
      '| City | Pop. |\n| --- | --- |\n| Oslo | 700k |',
    ],
    [
      '<th> in body rows stays bold',
      '<table><tr><th>Key</th><th>Value</th></tr><tr><th>Born</th><td>1815</td></tr></table>',
      '| Key | Value |\n| --- | --- |\n| **Born** | 1815 |',
    ],
    [
      'a colspan is padded with empty cells',
      '<table><tr><th>A</th><th>B</th><th>C</th></tr><tr><td colspan="2">wide</td><td>c</td></tr></table>',
      '| A | B | C |\n| --- | --- | --- |\n| wide |  | c |',
    ],
    [
      'a rowspan leaves the cells below it empty',
      '<table><tr><th>A</th><th>B</th></tr><tr><td rowspan="2">tall</td><td>1</td></tr><tr><td>2</td></tr></table>',
      '| A | B |\n| --- | --- |\n| tall | 1 |\n|  | 2 |',
    ],
    [
      'pipes in cells are escaped',
      '<table><tr><th>Op</th><th>Means</th></tr><tr><td><code>a | b</code></td><td>x|y</td></tr></table>',
      '| Op | Means |\n| --- | --- |\n| `a \\| b` | x\\|y |',
    ],
    [
      'line breaks in a cell become <br>, paragraphs a blank line',
      '<table><tr><th>A</th><th>B</th></tr><tr><td>one<br>two</td><td><p>p1</p><p>p2</p></td></tr></table>',
      '| A | B |\n| --- | --- |\n| one<br>two | p1<br><br>p2 |',
    ],
    [
      'inline formatting in cells is kept',
      '<table><tr><th>A</th><th>B</th></tr><tr><td><a href="https://x.test/">link</a> <em>e</em></td><td><strong>s</strong> <code>c</code></td></tr></table>',
      '| A | B |\n| --- | --- |\n| [link](https://x.test/) *e* | **s** `c` |',
    ],
    [
      'a caption goes above, alignment into the delimiter row',
      '<table><caption>Prices</caption><tr><th align="left">Item</th><th style="text-align: right">Cost</th><th align="center">Qty</th></tr><tr><td>Tea</td><td>3</td><td>1</td></tr></table>',
      '*Prices*\n\n| Item | Cost | Qty |\n| :--- | ---: | :---: |\n| Tea | 3 | 1 |',
    ],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    expect(markdown).not.toMatch(/<\/?t(?:able|r|d|h)\b/);
  });

  it('renders every cell of a header-less table as data', () => {
    const markdown = convertHtml(
      '<table><tr><td>Born</td><td>1815</td></tr><tr><td>Died</td><td>1852</td></tr></table>',
    );
    expect(renderedRows(markdown)).toEqual([
      ['', ''],
      ['Born', '1815'],
      ['Died', '1852'],
    ]);
  });

  it('renders a pipe inside a cell as part of that cell', () => {
    const markdown = convertHtml(
      '<table><tr><th>A</th><th>B</th></tr><tr><td>x | y</td><td>z</td></tr></table>',
    );
    expect(renderedRows(markdown)).toEqual([
      ['A', 'B'],
      ['x | y', 'z'],
    ]);
  });
});

describe('layout tables are unwrapped to their content', () => {
  it.each([
    ['a single cell', '<table><tr><td><p>Just text.</p></td></tr></table>', 'Just text.'],
    ['a single row', '<table><tr><td><p>Left</p></td><td><p>Right</p></td></tr></table>', 'Left\n\nRight'],
    ['a single column', '<table><tr><td>Top</td></tr><tr><td>Bottom</td></tr></table>', 'Top\n\nBottom'],
    [
      'role=presentation',
      '<table role="presentation"><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>',
      'a\n\nb\n\nc\n\nd',
    ],
    [
      'a table around a data table',
      '<table><tr><td><h2>Stats</h2><table><tr><th>K</th><th>V</th></tr><tr><td>a</td><td>1</td></tr></table></td><td>Side</td></tr><tr><td>x</td><td>y</td></tr></table>',
      '## Stats\n\n| K | V |\n| --- | --- |\n| a | 1 |\n\nSide\n\nx\n\ny',
    ],
  ])('%s', (_name, html, expected) => {
    const markdown = convertHtml(html);
    expect(markdown).toBe(expected);
    expect(markdown).not.toMatch(/<\/?t(?:able|r|d|h)\b/);
  });
});
