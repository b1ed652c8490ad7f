import { list, message } from '../i18n/message';
import type { ForeignArticle, ForeignFormat, ForeignRead } from './foreign-article';
import { parseCsv, type CsvRow } from './parse-csv';
import type { SkippedFile } from './read-export-zip';

/** The names in a CSV file's first line, lower case, for telling one tool's list from another's. */
export function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((name) => name.trim().replace(/^"|"$/g, '').toLowerCase());
}

/** Tags written in one field with a separator, without the empty ones an empty field gives. */
export function splitTags(field: string, separator: string): string[] {
  return field
    .split(separator)
    .map((tag) => tag.trim())
    .filter((tag) => tag !== '');
}

/**
 * A reading list exported as CSV, read row by row with `toArticle`: the file is refused when it is
 * not CSV or lacks one of `required` columns; a row of the wrong shape or without an address is left
 * out with why.
 */
export function readCsvList(
  text: string,
  format: ForeignFormat,
  required: readonly string[],
  toArticle: (row: CsvRow) => ForeignArticle | null,
): ForeignRead {
  const parsed = parseCsv(text);
  if (!parsed.ok)
    return {
      ok: false,
      message:
        parsed.problem === 'empty'
          ? message('importFrom.csvEmpty')
          : message('importFrom.csvQuotes', parsed.row),
    };
  const missing = required.filter((name) => !parsed.columns.includes(name));
  if (missing.length > 0)
    return { ok: false, message: message('importFrom.csvMissingColumn', list(missing)) };
  const skipped: SkippedFile[] = parsed.misshapen.map((row) => ({
    fileName: message('importFrom.row', row),
    reason: message('importFrom.csvMisshapen'),
  }));
  const articles: ForeignArticle[] = [];
  for (const row of parsed.rows) {
    const article = toArticle(row);
    if (article) articles.push(article);
    else
      skipped.push({ fileName: message('importFrom.row', row.row), reason: message('importFrom.noAddress') });
  }
  return { ok: true, format, articles, skipped };
}
