import { stringifyFrontMatter } from '../markdown/front-matter';
import { PLAIN_YAML_TEXT } from './plain-yaml-text';

// The shapes stringifyFrontMatter writes most front matter in, and the YAML library's choices for
// them: a plain key; a value plain when YAML 1.2 and 1.1 readers both read it as that text, else
// in double quotes when it needs no escape; a number, true, or a list of such items. Anything
// else is left to the library, which is what this must equal.
const KEY = /^[a-z][a-z0-9_]*$/;
// Text a YAML 1.1 or 1.2 reader would take for a number, date, boolean or null, which
// stringifyFrontMatter double-quotes (its OTHER_TYPE_IN_YAML_1_1).
const OTHER_TYPE = /^[-+]?[.\d]|^(?:y|yes|n|no|true|false|on|off|null|~|=|<<)$/i;
// Text whose double-quoted form is itself between quotes: nothing the library escapes.
const DOUBLE_QUOTABLE = /^[^"\\\p{C}\u00a0\u0085\u2028\u2029]*$/u;

function scalar(value: unknown): string | null {
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) || (value > 0 && value < 1 && /^0\.\d+$/.test(String(value)))
      ? String(value)
      : null;
  }
  if (value === true) return 'true';
  if (typeof value !== 'string') return null;
  const quoted = DOUBLE_QUOTABLE.test(value) ? `"${value}"` : null;
  if (OTHER_TYPE.test(value)) return quoted;
  if (!PLAIN_YAML_TEXT.test(value)) return null;
  // `: ` and ` #` are all that keep such text from being plain (`Title: subtitle`); the library
  // then double-quotes it, unless it holds a double quote.
  return value.includes(': ') || value.includes(' #') ? quoted : value;
}

/** Front matter YAML as stringifyFrontMatter writes it, without the YAML library, or null for shapes it leaves to it. */
export function quickFrontMatterText(data: Record<string, unknown>): string | null {
  let text = '';
  for (const [key, value] of Object.entries(data)) {
    if (!KEY.test(key) || OTHER_TYPE.test(key)) return null;
    if (Array.isArray(value)) {
      if (value.length === 0) return null;
      text += `${key}:\n`;
      for (const item of value) {
        const written = scalar(item);
        if (written === null) return null;
        text += `  - ${written}\n`;
      }
      continue;
    }
    const written = scalar(value);
    if (written === null) return null;
    text += `${key}: ${written}\n`;
  }
  return text === '' ? null : text;
}

/** stringifyFrontMatter's text, five times quicker for the shapes an export usually writes. */
export function writeFrontMatter(data: Record<string, unknown>): string {
  return quickFrontMatterText(data) ?? stringifyFrontMatter(data);
}
