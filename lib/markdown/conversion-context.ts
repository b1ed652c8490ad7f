import type TurndownService from 'turndown';
import { elementChildren } from './dom-queries.ts';
import type { FootnoteIndex } from './footnote-index.ts';
import type { Lineage } from './lineage.ts';
import type { LinkReferences } from './link-references.ts';
import type { MarkdownStyle } from './markdown-style.ts';

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
  /**
   * The node given to htmlToMarkdown, before Turndown's copy collapsed its whitespace (the same tree
   * when converted in place, which a tree with a code table never is).
   */
  source: Node;
  /** The markers and layout the user chose (settings). */
  style: MarkdownStyle;
  /** Links numbered for the reference style; empty in the inline one. */
  references: LinkReferences;
  /** Ancestors of the converted tree's nodes, read once (see lineage.ts). */
  lineage: Lineage;
}

export interface ConversionOptions extends TurndownService.Options {
  context: ConversionContext;
  /** Convert the given node itself rather than a copy (our patch of Turndown, see patches/). */
  inPlace?: boolean;
}

/** The user's Markdown style for the conversion these options belong to. */
export function styleOf(options: TurndownService.Options): MarkdownStyle {
  return (options as ConversionOptions).context.style;
}

/** The context of the conversion these options belong to. */
export function contextOf(options: TurndownService.Options): ConversionContext {
  return (options as ConversionOptions).context;
}

/**
 * The element of the original tree that `copy` (an element of Turndown's copy) was made from. Turndown
 * collapses whitespace outside `<pre>` and `<code>` and removes text nodes, never elements, so the
 * path of element indices leads to it.
 */
export function originalOf(copy: Element, context: ConversionContext): Element | null {
  const path: number[] = [];
  let node: Element = copy;
  for (let parent = node.parentNode; parent; parent = parent.parentNode) {
    path.push(elementChildren(parent).indexOf(node));
    node = parent as Element;
  }
  let original: Node | undefined = context.source;
  for (const index of path.reverse()) original = original ? elementChildren(original)[index] : undefined;
  return (original as Element | undefined) ?? null;
}

/** Private-use marks that never survive into the output (see escape-markdown.ts and tidy-markdown.ts). */
export const LITERAL_MARK = '\uFDD0';
export const CODE_MARK = '\uFDD1';

/** Text from the page (an attribute, code) with our marks removed, so the page cannot forge them. */
export function withoutMarks(text: string): string {
  return text.replace(/[\uFDD0\uFDD1]/g, '');
}

/** Where code block `index` sits in the text until tidying puts its lines back. */
export function codePlaceholder(index: number): string {
  return `${CODE_MARK}${index}${CODE_MARK}`;
}
