import type { MarkdownRule } from '../rule-dispatcher.ts';
import { isDroppedElement } from '../dropped-elements.ts';

/** What never reaches the Markdown (scripts, embeds, controls, SVG). */
export const removalRules: Record<string, MarkdownRule> = {
  dropped: {
    filter: (node) => isDroppedElement(node),
    replacement: () => '',
  },
};
