import type { MarkdownRule } from '../rule-dispatcher.ts';
import { contextOf, LITERAL_MARK } from '../conversion-context.ts';
import { referenceLabel } from '../link-references.ts';
import { linkDestination, linkTitle } from '../markdown-url.ts';
import { oneLine } from './block-content.ts';

/**
 * Inline links, or numbered references in the reference style; links to nowhere keep their text,
 * empty links and heading permalinks go.
 */
export const linkRules: Record<string, MarkdownRule> = {
  link: {
    filter: 'a',
    replacement: (content, node, options) => {
      const href = node.getAttribute('href')?.trim();
      const visible = content.replaceAll(LITERAL_MARK, '').trim();
      if (!href) return content;
      // In-page anchors lead nowhere in a saved file. `¶`, `#` and 🔗 are heading permalinks: noise.
      if (href.startsWith('#')) return /^[#¶§🔗\s\u{fe0f}]*$/u.test(visible) ? '' : content;
      const destination = linkDestination(href);
      if (!destination) return content;
      if (!visible) return '';
      // A link inside a block (a card: heading and text) must still fit on one line.
      const oneLineText = content.includes('\n') ? oneLine(content.replace(/^(?:#{1,6}|>) /gm, '')) : content;
      // Brackets from the page inside link text would end the text early or nest a link or image.
      const text = oneLineText.replace(new RegExp(`${LITERAL_MARK}([\\[\\]])`, 'g'), '\\$1');
      if (visible === href && /^(?:https?|mailto):[^\s<>]*$/i.test(href)) return `<${href}>`;
      const title = linkTitle(node.getAttribute('title'), visible);
      const { style, references } = contextOf(options);
      if (style.linkStyle === 'referenced')
        return `[${text}][${referenceLabel(references, destination, title)}]`;
      return `[${text}](${destination}${title})`;
    },
  },
};
