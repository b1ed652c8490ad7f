import type TurndownService from 'turndown';
import type { MarkdownRule } from '../rule-dispatcher.ts';
import { contextOf, LITERAL_MARK } from '../conversion-context.ts';
import { classTokens } from '../dom-queries.ts';
import { fragmentId } from '../footnote-index.ts';
import { asBlock, blockContent } from './block-content.ts';

const BACKLINK_CLASSES = new Set([
  ...['footnote-back', 'footnote-backref', 'footnote-return', 'reversefootnote', 'fn-backref'],
  ...['mw-cite-backlink', 'cite-backlink'],
]);

/** GFM footnotes: references become `[^label]`, the notes `[^label]: text`, back-arrows go. */
export const footnoteRules: Record<string, MarkdownRule> = {
  footnoteBacklink: {
    // Asked of every element: one without attributes (most of an article's) is spared two reads.
    filter: (node, options) =>
      (node.hasAttributes() &&
        (classTokens(node).some((token) => BACKLINK_CLASSES.has(token)) ||
          node.getAttribute('role') === 'doc-backlink')) ||
      (node.nodeName === 'A' && contextOf(options).footnotes.referenceIds.has(fragment(node) ?? '')),
    replacement: () => '',
  },

  footnoteReference: {
    tags: ['A'],
    filter: (node, options) =>
      node.nodeName === 'A' &&
      contextOf(options).footnotes.labels.has(fragment(node) ?? '') &&
      !isNote(node, options),
    replacement: (_content, node, options) =>
      `[^${contextOf(options).footnotes.labels.get(fragment(node) ?? '')}]`,
  },

  footnoteDefinition: {
    filter: (node, options) => isNote(node, options),
    replacement: (content, node, options) => {
      const label = contextOf(options).footnotes.labels.get(node.id) ?? '';
      const text = stripEchoedLabel(blockContent(content), label);
      // Later lines of a note are indented four spaces, which keeps them in the note.
      const body = text
        .split('\n')
        .map((line, index) => (index === 0 || !line ? line : `    ${line}`))
        .join('\n');
      return asBlock(`[^${label}]: ${body}`);
    },
  },
};

function isNote(node: Element, options: TurndownService.Options): boolean {
  const { labels } = contextOf(options).footnotes;
  return labels.size > 0 && node.id !== '' && labels.has(node.id);
}

function fragment(anchor: Element): string | null {
  const href = anchor.getAttribute('href') ?? '';
  return href.startsWith('#') ? fragmentId(href) : null;
}

/** A note that starts by repeating its own number (`1. Text`, `[1] Text`) would say it twice. */
function stripEchoedLabel(text: string, label: string): string {
  // A numeric label may show as superscript digits (`<sup>1</sup>` becomes `¹`).
  const escaped = /^\d+$/.test(label)
    ? `(?:${label}|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)`
    : label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = LITERAL_MARK;
  const echo = new RegExp(`^(?:${m}?[\\[(])?${escaped}(?:${m}?[\\])])?(?:${m}?[.:)])?[ \\t]+`);
  return text.replace(echo, '');
}
