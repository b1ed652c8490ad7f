import type { MarkdownRule } from '../rule-dispatcher.ts';
import { asBlock, blockContent, bold, HARD_BREAK_TEXT, oneLine } from './block-content.ts';

/** Paragraphs, headings, rules, breaks and quotes. */
export const blockRules: Record<string, MarkdownRule> = {
  paragraph: {
    filter: 'p',
    replacement: (content) => asBlock(blockContent(content)),
  },

  heading: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    replacement: (content, node) => {
      // ATX headings, which hold one line and never depend on the line below.
      const text = oneLine(content).trim();
      return text ? asBlock(`${'#'.repeat(Number(node.nodeName.charAt(1)))} ${text}`) : '';
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
    replacement: (content, node) =>
      (node as Element).querySelector('h1, h2, h3, h4, h5, h6')
        ? asBlock(blockContent(content))
        : asBlock(bold(oneLine(content).trim())),
  },
};
