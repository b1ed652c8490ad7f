import type { MarkdownRule } from '../rule-dispatcher.ts';
import { LITERAL_MARK, contextOf, styleOf } from '../conversion-context.ts';
import { codeText } from '../code-text.ts';
import { emphasisDelimiter, wrapInline } from './block-content.ts';
import { collapseSpaces } from '../../text/collapse-spaces.ts';

const EMPHASIS = ['EM', 'I', 'CITE', 'DFN', 'VAR'];
const STRONG = ['STRONG', 'B'];
const STRIKE = ['DEL', 'S', 'STRIKE'];
const INLINE_CODE = ['CODE', 'KBD', 'SAMP', 'TT'];
// Where emphasis adds nothing: inside another emphasis, or a caption (set apart already).
const NO_EMPHASIS = [...EMPHASIS, 'FIGCAPTION', 'CAPTION'];
const NO_CODE_SPAN = ['PRE', ...INLINE_CODE];

/** Emphasis, strong, strikethrough, inline code, quotes, super- and subscripts. */
export const inlineRules: Record<string, MarkdownRule> = {
  emphasis: {
    tags: EMPHASIS,
    filter: (node) => EMPHASIS.includes(node.nodeName),
    // Inside another emphasis the delimiters would close the outer one instead of nesting.
    replacement: (content, node, options) =>
      contextOf(options).lineage.closest(node, NO_EMPHASIS)
        ? content
        : wrapInline(content, emphasisDelimiter(styleOf(options).emDelimiter, node), node),
  },

  strong: {
    tags: STRONG,
    filter: (node) => STRONG.includes(node.nodeName),
    replacement: (content, node, options) =>
      contextOf(options).lineage.closest(node, STRONG)
        ? content
        : wrapInline(content, emphasisDelimiter(styleOf(options).strongDelimiter, node), node),
  },

  strikethrough: {
    tags: STRIKE,
    filter: (node) => STRIKE.includes(node.nodeName),
    replacement: (content, node, options) =>
      contextOf(options).lineage.closest(node, STRIKE) ? content : wrapInline(content, '~~', node),
  },

  inlineCode: {
    tags: INLINE_CODE,
    filter: (node, options) =>
      INLINE_CODE.includes(node.nodeName) && !contextOf(options).lineage.closest(node, NO_CODE_SPAN),
    replacement: (_content, node) => inlineCode(codeText(node)),
  },

  quotation: {
    filter: 'q',
    replacement: (content) => (content.trim() ? `“${content}”` : content),
  },

  superscript: {
    filter: ['sup', 'sub'],
    replacement: (content, node) => scripted(content, node.nodeName === 'SUP' ? SUPERSCRIPTS : SUBSCRIPTS),
  },
};

/** A code span whose delimiter is longer than any backtick run inside it (CommonMark 6.1). */
export function inlineCode(raw: string): string {
  const text = collapseSpaces(raw);
  const core = text.trim();
  if (!core) return text ? ' ' : '';
  const longest = Math.max(0, ...(core.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  // One space inside each end keeps a leading or trailing backtick apart from the fence; Markdown strips it.
  const pad = core.startsWith('`') || core.endsWith('`') ? ' ' : '';
  const lead = text.startsWith(' ') ? ' ' : '';
  const trail = text.endsWith(' ') ? ' ' : '';
  return `${lead}${fence}${pad}${core}${pad}${fence}${trail}`;
}

const SUPERSCRIPTS: Record<string, string> = {
  '0': '⁰',
  '1': '¹',
  '2': '²',
  '3': '³',
  '4': '⁴',
  '5': '⁵',
  '6': '⁶',
  '7': '⁷',
  '8': '⁸',
  '9': '⁹',
  '+': '⁺',
  '-': '⁻',
  '−': '⁻',
  '=': '⁼',
  '(': '⁽',
  ')': '⁾',
  n: 'ⁿ',
  i: 'ⁱ',
};
const SUBSCRIPTS: Record<string, string> = {
  '0': '₀',
  '1': '₁',
  '2': '₂',
  '3': '₃',
  '4': '₄',
  '5': '₅',
  '6': '₆',
  '7': '₇',
  '8': '₈',
  '9': '₉',
  '+': '₊',
  '-': '₋',
  '−': '₋',
  '=': '₌',
  '(': '₍',
  ')': '₎',
};

/**
 * Markdown has no super- or subscript. `x²` and `H₂O` read right where Unicode has the characters;
 * anything else stays as plain text rather than gluing onto the word (`x2`).
 */
function scripted(content: string, table: Record<string, string>): string {
  const text = content.replaceAll(LITERAL_MARK, '').trim();
  if (!text) return content;
  const chars = Array.from(text);
  if (chars.length <= 6 && chars.every((char) => char in table))
    return chars.map((char) => table[char]).join('');
  return content;
}
