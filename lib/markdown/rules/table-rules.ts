import type { MarkdownRule } from '../rule-dispatcher.ts';
import { contextOf, styleOf } from '../conversion-context.ts';
import { isGutter } from '../code-text.ts';
import { closestAncestor, elementChildren } from '../dom-queries.ts';
import { asBlock, blockContent, bold, isBold, oneLine, wrapInline } from './block-content.ts';

const CELLS = ['TD', 'TH'];
/** Content no GFM cell can hold: a table holding it is page layout, not data. */
const BLOCK_CONTENT = 'table, pre, h1, h2, h3, h4, h5, h6, blockquote, hr';
const MAX_SPAN = 100;

/** GFM tables; layout tables (nested, one row, one column, block content) are unwrapped to their content. */
export const tableRules: Record<string, MarkdownRule> = {
  tableCell: {
    // Cells are laid out by the table rule, which needs each one's Markdown.
    filter: ['td', 'th', 'caption'],
    replacement: (content, node, options) => {
      if (!closestAncestor(node, ['TABLE'])) return asBlock(blockContent(content));
      contextOf(options).cells.set(node, content);
      return '';
    },
  },

  tableStructure: {
    filter: ['thead', 'tbody', 'tfoot', 'tr', 'colgroup', 'col'],
    replacement: (content, node) => (closestAncestor(node, ['TABLE']) ? '' : content),
  },

  table: {
    filter: 'table',
    replacement: (_content, node, options) => {
      const { cells } = contextOf(options);
      const { rows, headRows } = tableRows(node);
      const cellRows = rows.map((row) =>
        elementChildren(row).filter((cell) => CELLS.includes(cell.nodeName) && !isGutter(cell)),
      );
      const captionElement = elementChildren(node).find((child) => child.nodeName === 'CAPTION');
      const caption = captionElement ? oneLine(cells.get(captionElement) ?? '').trim() : '';
      const { emDelimiter, strongDelimiter } = styleOf(options);
      const captionLine = caption ? wrapInline(caption, emDelimiter) : '';
      if (isLayoutTable(node, cellRows)) {
        const blocks = cellRows.flat().map((cell) => blockContent(cells.get(cell) ?? ''));
        return asBlock([captionLine, ...blocks].filter(Boolean).join('\n\n'));
      }
      const table = gfmTable(cellRows, headRows, strongDelimiter, (cell) => cells.get(cell) ?? '');
      return asBlock([captionLine, table].filter(Boolean).join('\n\n'));
    },
  },
};

function tableRows(table: Element): { rows: Element[]; headRows: number } {
  const head: Element[] = [];
  const body: Element[] = [];
  const foot: Element[] = [];
  for (const child of elementChildren(table)) {
    if (child.nodeName === 'TR') body.push(child);
    const rowsOf = (): Element[] => elementChildren(child).filter((row) => row.nodeName === 'TR');
    if (child.nodeName === 'THEAD') head.push(...rowsOf());
    if (child.nodeName === 'TBODY') body.push(...rowsOf());
    if (child.nodeName === 'TFOOT') foot.push(...rowsOf());
  }
  return { rows: [...head, ...body, ...foot], headRows: head.length };
}

function isLayoutTable(table: Element, cellRows: Element[][]): boolean {
  const role = table.getAttribute('role');
  if (role === 'presentation' || role === 'none') return true;
  const nonEmptyRows = cellRows.filter((row) => row.length > 0);
  if (nonEmptyRows.length <= 1) return true;
  if (Math.max(...nonEmptyRows.map((row) => row.length)) <= 1) return true;
  return table.querySelector(BLOCK_CONTENT) !== null;
}

function gfmTable(
  cellRows: Element[][],
  headRows: number,
  strong: string,
  markdownOf: (cell: Element) => string,
): string {
  const grid = layOut(cellRows, (cell, rowHeader) => cellText(markdownOf(cell), rowHeader, strong));
  const width = Math.max(...grid.map((row) => row.length));
  for (const row of grid) while (row.length < width) row.push('');
  const firstCells = cellRows[0] ?? [];
  let header: string[];
  let body = grid;
  if (
    headRows > 0 ||
    firstCells.every((cell) => cell.nodeName === 'TH') ||
    // A first row set in bold is a header written without <th>.
    grid[0]?.every((text) => text.length > 4 && isBold(text))
  ) {
    [header = [], ...body] = grid;
    header = header.map(unbold);
  } else {
    // No header in the page: an empty one, rather than promote a row of data.
    header = new Array<string>(width).fill('');
  }
  const alignments = header.map((_text, column) => alignment(firstCells, column));
  return [header, alignments, ...body].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** The grid of cell texts with row and column spans filled in, so every row has its full width. */
function layOut(cellRows: Element[][], textOf: (cell: Element, rowHeader: boolean) => string): string[][] {
  const grid: (string | undefined)[][] = cellRows.map(() => []);
  grid.forEach((row, r) => {
    const cells = cellRows[r] ?? [];
    let column = 0;
    for (const cell of cells) {
      while (row[column] !== undefined) column++;
      const colspan = span(cell.getAttribute('colspan'), MAX_SPAN);
      const rowspan = span(cell.getAttribute('rowspan'), cellRows.length - r);
      const text = textOf(cell, cell.nodeName === 'TH' && r > 0);
      for (let dr = 0; dr < rowspan; dr++) {
        const spanned = grid[r + dr] ?? [];
        for (let dc = 0; dc < colspan; dc++) spanned[column + dc] = dr === 0 && dc === 0 ? text : '';
      }
      column += colspan;
    }
  });
  return grid.map((row) => Array.from(row, (text) => text ?? ''));
}

function span(value: string | null, max: number): number {
  const parsed = Number.parseInt(value ?? '1', 10);
  // rowspan="0" means "to the end of the table".
  if (parsed === 0) return max;
  return Math.min(Math.max(Number.isFinite(parsed) ? parsed : 1, 1), max);
}

/** One line per cell: breaks as `<br>`, pipes escaped (GFM splits cells on them even inside code). */
function cellText(markdown: string, rowHeader: boolean, strong: string): string {
  const text = oneLine(markdown, '<br>').trim().replace(/\|/g, '\\|');
  return rowHeader && text ? bold(text, strong) : text;
}

function unbold(text: string): string {
  const inner = /^(\*\*|__)([\s\S]+)\1$/.exec(text);
  return inner?.[2] && !inner[2].includes(inner[1] as string) ? inner[2] : text;
}

function alignment(firstCells: Element[], column: number): string {
  const cell = firstCells[column];
  const style = /text-align\s*:\s*(left|center|right)/i.exec(cell?.getAttribute('style') ?? '')?.[1];
  const align = (cell?.getAttribute('align') ?? style ?? '').toLowerCase();
  if (align === 'center') return ':---:';
  if (align === 'right') return '---:';
  if (align === 'left') return ':---';
  return '---';
}
