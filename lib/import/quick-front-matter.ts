import { parseFrontMatter, type FrontMatterParse } from '../markdown/front-matter';
import { PLAIN_YAML_TEXT } from '../export/plain-yaml-text';

// The shapes of YAML an export's front matter is written in (see stringifyFrontMatter): one
// `key: value` per line, or `key:` then its list's `  - item` lines. Anything else, however valid,
// is left to the YAML library.
const KEY_LINE = /^([a-z][a-z0-9_]*):(?: (.+))?$/;
const ITEM_LINE = /^ {2}- (.+)$/;
const KEYWORD = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
// Numbers as the export writes them: counts, and a reading progress between 0 and 1.
const NUMBER = /^(?:0|[1-9][0-9]{0,14}|0\.[0-9]{1,17})$/;
// Double-quoted with JSON's escapes only, which YAML reads the same way.
const DOUBLE_QUOTED = /^"(?:[^"\\\p{Cc}\u2028\u2029]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"$/u;
const SINGLE_QUOTED = /^'(?:[^'\p{Cc}\u2028\u2029]|'')*'$/u;
const KEY_KEYWORD = /^(?:null|true|false)$/;

/** One scalar as YAML 1.2's core schema reads it, or undefined where that needs the YAML library. */
function scalar(text: string): string | number | boolean | undefined {
  if (NUMBER.test(text)) return Number(text);
  // The flags the export writes only when set (`selection`, `not_captured`).
  if (text === 'true') return true;
  if (PLAIN_YAML_TEXT.test(text)) {
    return KEYWORD.test(text) || text.includes(': ') || text.includes(' #') ? undefined : text;
  }
  if (DOUBLE_QUOTED.test(text)) return JSON.parse(text) as string;
  if (SINGLE_QUOTED.test(text)) return text.slice(1, -1).replaceAll("''", "'");
  return undefined;
}

/**
 * The data of front matter written as an export writes it, read without the YAML library (five
 * times its speed matters at 10,000 files), or null when the text takes any other shape. What it
 * reads it reads exactly as `parseFrontMatter` does (tests/import compare the two on every shape).
 */
export function quickFrontMatter(yamlText: string): Record<string, unknown> | null {
  if (!yamlText.endsWith('\n')) return null;
  const data: Record<string, unknown> = {};
  const seen = new Set<string>();
  let list: unknown[] | null = null;
  const lines = yamlText.split('\n');
  lines.pop();
  for (const line of lines) {
    const item = ITEM_LINE.exec(line);
    if (item) {
      const value = scalar(item[1] as string);
      if (!list || value === undefined) return null;
      list.push(value);
      continue;
    }
    if (list?.length === 0) return null;
    list = null;
    const pair = KEY_LINE.exec(line);
    if (!pair) return null;
    const [, key = '', text] = pair;
    if (seen.has(key) || KEY_KEYWORD.test(key)) return null;
    seen.add(key);
    if (text === undefined) {
      list = [];
      data[key] = list;
      continue;
    }
    const value = scalar(text);
    if (value === undefined) return null;
    data[key] = value;
  }
  if (list?.length === 0 || seen.size === 0) return null;
  return data;
}

/** Front matter read quickly when it has the export's shapes, else by the YAML library; same result either way. */
export function readExportedFrontMatter(yamlText: string): FrontMatterParse {
  const data = quickFrontMatter(yamlText);
  return data ? { ok: true, data } : parseFrontMatter(yamlText);
}
