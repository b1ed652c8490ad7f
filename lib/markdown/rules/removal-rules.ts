import type { MarkdownRule } from '../rule-dispatcher.ts';
import { withoutMarks } from '../conversion-context.ts';
import { isDroppedElement } from '../dropped-elements.ts';
import { asBlock } from './block-content.ts';

/** What never reaches the Markdown (scripts, embeds, controls, SVG), and MathML as its TeX source. */
export const removalRules: Record<string, MarkdownRule> = {
  dropped: {
    filter: (node) => isDroppedElement(node),
    replacement: () => '',
  },

  math: {
    tags: ['MATH'],
    // MathML's text is a jumble of symbols; the TeX in `alttext` (Wikipedia, MathJax) reads and renders.
    filter: (node) => node.nodeName.toUpperCase() === 'MATH',
    replacement: (content, node) => {
      const tex = withoutMarks(node.getAttribute('alttext') ?? '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!tex) return content;
      return node.getAttribute('display') === 'block' ? asBlock(`$$${tex}$$`) : `$${tex}$`;
    },
  },
};
