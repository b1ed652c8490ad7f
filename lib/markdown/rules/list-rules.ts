import type TurndownService from 'turndown';
import type { MarkdownRule } from '../rule-dispatcher.ts';
import { contextOf, styleOf } from '../conversion-context.ts';
import { elementChildren } from '../dom-queries.ts';
import { asBlock, blockContent } from './block-content.ts';

/** Lists with `-` bullets, numbers that honour `start`, nesting by indent, and GFM task boxes. */
export const listRules: Record<string, MarkdownRule> = {
  list: {
    filter: ['ul', 'ol', 'menu'],
    replacement: (content, node, options) => {
      // A footnote list holds definitions (see footnote-rules.ts), not items.
      if (isFootnoteList(node, options)) return asBlock(blockContent(content));
      // Nested under an item's text: one newline keeps the outer list tight.
      if (node.parentNode?.nodeName === 'LI') return `\n${content.replace(/^\n+|\n+$/g, '')}\n`;
      return asBlock(content.replace(/^\n+|\n+$/g, ''));
    },
  },

  listItem: {
    filter: 'li',
    replacement: (content, node, options) => {
      // A task box is `[x] ` then the text, however the page spaced it.
      const text = blockContent(content).replace(/^(\[[ x]\])[ \t]*/, '$1 ');
      const list = node.parentNode as Element | null;
      if (list && isFootnoteList(list, options)) return asBlock(text);
      if (!text) return '';
      const marker = itemMarker(node, list, styleOf(options).bulletListMarker);
      const indent = ' '.repeat(marker.length);
      const body = text
        .split('\n')
        .map((line, index) => (index === 0 ? marker + line : line ? indent + line : ''))
        .join('\n');
      return `\n${body}\n`;
    },
  },

  taskBox: {
    tags: ['INPUT'],
    filter: (node) =>
      node.nodeName === 'INPUT' &&
      node.getAttribute('type')?.toLowerCase() === 'checkbox' &&
      // Directly in the item, or in its first paragraph or label.
      (node.parentNode?.nodeName === 'LI' || node.parentNode?.parentNode?.nodeName === 'LI'),
    replacement: (_content, node) => (node.hasAttribute('checked') ? '[x] ' : '[ ] '),
  },
};

function itemMarker(item: Element, list: Element | null, bullet: string): string {
  if (list?.nodeName !== 'OL') return `${bullet} `;
  const items = elementChildren(list).filter((child) => child.nodeName === 'LI');
  const start = Number.parseInt(list.getAttribute('start') ?? '1', 10);
  const number = (Number.isFinite(start) ? start : 1) + items.indexOf(item);
  // CommonMark takes at most nine digits, and no negative numbers.
  return `${Math.min(Math.max(number, 0), 999_999_999)}. `;
}

function isFootnoteList(list: Element, options: TurndownService.Options): boolean {
  const { footnotes } = contextOf(options);
  return footnotes.labels.size > 0 && elementChildren(list).some((item) => footnotes.labels.has(item.id));
}
