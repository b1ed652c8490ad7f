import { Document, isScalar, parseDocument, visit } from 'yaml';
import { message, type Message } from '../i18n/message.ts';

/**
 * Characters a reader cannot see or that other tools read as line breaks or reorder (bidi controls,
 * zero-width spaces, BOM, C1 controls, noncharacters). They are written as `\uXXXX` escapes so the front
 * matter looks like what it says. ZWJ and ZWNJ stay: emoji and several scripts need them.
 */
const INVISIBLE =
  /[\u007f-\u009f\u061c\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb\ufdd0-\ufdef\ufffe\uffff]/g;
const CONTROL_OR_INVISIBLE = new RegExp(`[\\p{Cc}]|${INVISIBLE.source}|\\p{Cs}`, 'u');
/**
 * Plain scalars that a YAML 1.1 reader (PyYAML, older Obsidian plugins) would take for a number, a date,
 * a boolean or null although YAML 1.2 reads them as text: `yes`, `off`, `1:20`, `2024-01-01`, `1_000`.
 */
const OTHER_TYPE_IN_YAML_1_1 = /^[-+]?[.\d]|^(?:y|yes|n|no|true|false|on|off|null|~|=|<<)$/i;

const STRINGIFY_OPTIONS = {
  // One line per value, whatever its length, so the file greps and diffs well.
  lineWidth: 0,
  blockQuote: false,
  doubleQuotedMinMultiLineLength: Number.MAX_SAFE_INTEGER,
} as const;

/** YAML for front matter: keys in the given order, text that reads back as the same text in any YAML reader. */
export function stringifyFrontMatter(data: Record<string, unknown>): string {
  const doc = new Document(data);
  visit(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string' && needsDoubleQuotes(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return doc
    .toString(STRINGIFY_OPTIONS)
    .replace(INVISIBLE, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function needsDoubleQuotes(text: string): boolean {
  return CONTROL_OR_INVISIBLE.test(text) || OTHER_TYPE_IN_YAML_1_1.test(text);
}

export type FrontMatterParse = { ok: true; data: unknown } | { ok: false; message: Message };

/** Reads front matter YAML strictly: YAML 1.2 core types only, no duplicate keys, no aliases or custom tags. */
export function parseFrontMatter(yamlText: string): FrontMatterParse {
  const doc = parseDocument(yamlText, {
    version: '1.2',
    schema: 'core',
    uniqueKeys: true,
    prettyErrors: false,
  });
  const problem = doc.errors[0] ?? doc.warnings[0];
  if (problem)
    // The YAML parser's own account (English) of where it stopped, inside our sentence.
    return { ok: false, message: message('frontMatter.notYaml', firstLine(problem.message)) };
  let hasAlias = false;
  visit(doc, {
    Alias() {
      hasAlias = true;
      return visit.BREAK;
    },
  });
  if (hasAlias) return { ok: false, message: message('frontMatter.aliases') };
  if (doc.contents !== null && isScalar(doc.contents) && doc.contents.value === null)
    return { ok: true, data: {} };
  return { ok: true, data: doc.toJS() as unknown };
}

function firstLine(message: string): string {
  return message.split('\n', 1).join('').trim();
}
