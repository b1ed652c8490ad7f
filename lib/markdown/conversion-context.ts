import type TurndownService from 'turndown';
import type { FootnoteIndex } from './footnote-index.ts';

/**
 * State one conversion shares between its rules. Turndown rules only see `(content, node, options)`,
 * so the context rides along in the options object, which Turndown copies shallowly.
 */
export interface ConversionContext {
  footnotes: FootnoteIndex;
  /** Code block bodies, kept out of the text until the end so no later step can touch them. */
  codeBlocks: string[];
  /** Converted cell contents, collected by the cell rule and laid out by the table rule. */
  cells: WeakMap<Node, string>;
}

export interface ConversionOptions extends TurndownService.Options {
  context: ConversionContext;
}

/** The context of the conversion these options belong to. */
export function contextOf(options: TurndownService.Options): ConversionContext {
  return (options as ConversionOptions).context;
}

/** Private-use marks that never survive into the output (see escape-markdown.ts and tidy-markdown.ts). */
export const LITERAL_MARK = '\uFDD0';
export const CODE_MARK = '\uFDD1';

/** Where code block `index` sits in the text until tidying puts its lines back. */
export function codePlaceholder(index: number): string {
  return `${CODE_MARK}${index}${CODE_MARK}`;
}
