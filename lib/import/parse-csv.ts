import Papa from 'papaparse';

/** One data row of a CSV file under its header's names (lower case), with its place in the file. */
export interface CsvRow {
  /** Its row number as a spreadsheet shows it: the header is row 1, the first entry row 2. */
  row: number;
  fields: Record<string, string>;
}

export type CsvParse =
  | {
      ok: true;
      /** The header's names, lower case and trimmed. */
      columns: string[];
      rows: CsvRow[];
      /** Rows (numbered as `row`) with more or fewer fields than the header, which cannot be trusted to line up. */
      misshapen: number[];
    }
  | { ok: false; problem: 'empty' | 'quotes'; /** Numbered as `CsvRow.row`. */ row: number };

/**
 * Reads comma-separated text with a header row (RFC 4180: quoted fields may hold commas, quotes
 * and line breaks). An unclosed quote makes every later row doubtful, so it refuses the file;
 * a row of the wrong length is only reported.
 */
export function parseCsv(text: string): CsvParse {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    delimiter: ',',
    skipEmptyLines: 'greedy',
  });
  const quotes = result.errors.find((error) => error.type === 'Quotes');
  // Papa numbers the rows it parsed from 0, the header included.
  if (quotes) return { ok: false, problem: 'quotes', row: (quotes.row ?? 0) + 1 };
  const [header, ...data] = result.data;
  if (!header || (data.length === 0 && header.every((cell) => cell.trim() === '')))
    return { ok: false, problem: 'empty', row: 0 };
  const columns = header.map((name) => name.trim().toLowerCase());
  const rows: CsvRow[] = [];
  const misshapen: number[] = [];
  data.forEach((cells, i) => {
    if (cells.length !== columns.length) {
      misshapen.push(i + 2);
      return;
    }
    rows.push({ row: i + 2, fields: Object.fromEntries(columns.map((name, j) => [name, cells[j] ?? ''])) });
  });
  return { ok: true, columns, rows, misshapen };
}
