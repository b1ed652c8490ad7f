import type { ArticleRecord } from '../article';
import { safeLinkUrl } from '../articles/safe-link-url';
import { APP_NAME } from './export-manifest';

/** The fields of an article the index shows; bodies are not needed. */
export type IndexedArticle = Pick<
  ArticleRecord,
  'title' | 'sourceUrl' | 'siteName' | 'authors' | 'publishedTime' | 'capturedAt' | 'wordCount'
>;

const HEADER = [
  '| Title | Site | Author | Published | Saved | Words | Source |',
  '| --- | --- | --- | --- | --- | ---: | --- |',
];

/** Text safe inside a Markdown table cell: no line breaks, no pipes or markup that would split or style it. */
export function escapeTableCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#!~]/g, (char) => `\\${char}`);
}

function dateOnly(iso: string | null): string {
  if (!iso) return '';
  const time = Date.parse(iso);
  return Number.isNaN(time) ? '' : new Date(time).toISOString().slice(0, 10);
}

// An autolink can hold neither spaces nor `<>`, and a pipe would end the table cell, so only
// web addresses are linked (as URL normalises them) and anything else is shown as plain text.
function sourceCell(url: string): string {
  const link = safeLinkUrl(url);
  return link === null ? escapeTableCell(url) : `<${link.replaceAll('|', '%7C')}>`;
}

/** One table row of the index: the title links to the article's file, relative to the index. */
export function indexRow(article: IndexedArticle, fileName: string): string {
  const title = escapeTableCell(article.title) || escapeTableCell(fileName);
  const cells = [
    `[${title}](${encodeURI(fileName)})`,
    escapeTableCell(article.siteName ?? ''),
    escapeTableCell(article.authors.join(', ')),
    dateOnly(article.publishedTime),
    dateOnly(article.capturedAt),
    String(article.wordCount),
    sourceCell(article.sourceUrl),
  ];
  return `| ${cells.join(' | ')} |`;
}

/**
 * The start of index.md, before its rows: the title, the count, the date and the table's header,
 * each line ending in a line break, as each row written after it does (`indexRow` plus `\n`).
 */
export function indexHead(articleCount: number, exportedAt: Date): string {
  const count = articleCount === 1 ? '1 article' : `${articleCount} articles`;
  const intro = [
    `# ${APP_NAME} export`,
    '',
    `${count}, exported ${exportedAt.toISOString().slice(0, 10)}.`,
    '',
  ];
  return [...intro, ...HEADER, ''].join('\n');
}

/** The whole index.md from rows made by `indexRow`, in export order. */
export function buildIndexMarkdown(rows: readonly string[], exportedAt: Date): string {
  return indexHead(rows.length, exportedAt) + rows.map((row) => `${row}\n`).join('');
}
