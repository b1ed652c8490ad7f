import type { MarkdownRule } from './rule-dispatcher.ts';
import { blockRules } from './rules/block-rules.ts';
import { codeBlockRules } from './rules/code-block-rules.ts';
import { footnoteRules } from './rules/footnote-rules.ts';
import { imageRules } from './rules/image-rules.ts';
import { inlineRules } from './rules/inline-rules.ts';
import { linkRules } from './rules/link-rules.ts';
import { listRules } from './rules/list-rules.ts';
import { mathRules } from './rules/math-rules.ts';
import { removalRules } from './rules/removal-rules.ts';
import { tableRules } from './rules/table-rules.ts';

/**
 * Every rule, first match wins. Math comes early: its TeX must never go through another rule.
 * The order matters where filters overlap: task boxes before the removal
 * of form controls, footnotes before lists, paragraphs and links, code tables before tables, code
 * blocks before code spans.
 */
export const markdownRules: ReadonlyArray<readonly [string, MarkdownRule]> = [
  ...Object.entries(listRules).filter(([name]) => name === 'taskBox'),
  ...Object.entries(removalRules),
  ...Object.entries(mathRules),
  ...Object.entries(footnoteRules),
  ...Object.entries(codeBlockRules),
  ...Object.entries(tableRules),
  ...Object.entries(listRules).filter(([name]) => name !== 'taskBox'),
  ...Object.entries(blockRules),
  ...Object.entries(imageRules),
  ...Object.entries(linkRules),
  ...Object.entries(inlineRules),
];
