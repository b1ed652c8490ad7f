import type { MarkdownRule } from '../rule-dispatcher.ts';
import { LITERAL_MARK, styleOf } from '../conversion-context.ts';
import { asBlock, blockContent, bold, HARD_BREAK_TEXT, oneLine } from './block-content.ts';

/** Paragraphs, headings, rules, breaks and quotes. */
export const blockRules: Record<string, MarkdownRule> = {
  paragraph: {
    filter: 'p',
    replacement: (content) => asBlock(blockContent(content)),
  },

  heading: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node, options) => {
      // One line either way: an ATX heading never depends on the line below.
      const text = oneLine(content).trim();
      if (!text) return '';
      const level = Number(node.nodeName.charAt(1));
      // Setext underlines exist for the first two levels only; the others stay ATX, as in Turndown.
      if (level <= 2 && styleOf(options).headingStyle === 'setext') {
        const width = Math.max(3, Array.from(text.replaceAll(LITERAL_MARK, '')).length);
        return asBlock(`${text}\n${(level === 1 ? '=' : '-').repeat(width)}`);
      }
      return asBlock(`${'#'.repeat(level)} ${text}`);
    },
  },

  horizontalRule: {
    filter: 'hr',
    replacement: () => '\n\n---\n\n',
  },

  lineBreak: {
    filter: 'br',
    replacement: () => HARD_BREAK_TEXT,
  },

  blockquote: {
    filter: 'blockquote',
    replacement: (content) => {
      const text = blockContent(content);
      if (!text) return '';
      return asBlock(
        text
          .split('\n')
          .map((line) => (line ? `> ${line}` : '>'))
          .join('\n'),
      );
    },
  },

  summary: {
    // A closed <details> shows only its summary; bold keeps it reading as the label it is. A summary
    // made of a heading (an FAQ's question, a collapsible chapter) is already one: bold would hide it.
    filter: ['summary', 'dt'],
    replacement: (content, node, options) =>
      (node as Element).querySelector('h1, h2, h3, h4, h5, h6')
        ? asBlock(blockContent(content))
        : asBlock(bold(oneLine(content).trim(), styleOf(options).strongDelimiter)),
  },
};
