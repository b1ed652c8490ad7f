import TurndownService from 'turndown';
import type { ConversionContext, ConversionOptions } from './conversion-context.ts';
import { markLiterals } from './escape-markdown.ts';
import { buildFootnoteIndex } from './footnote-index.ts';
import { createLineage } from './lineage.ts';
import { createLinkReferences, referenceLabels } from './link-references.ts';
import { markdownRules } from './markdown-rules.ts';
import { DEFAULT_MARKDOWN_STYLE, type MarkdownStyle } from './markdown-style.ts';
import { ruleDispatcher } from './rule-dispatcher.ts';
import { asBlock, blockContent } from './rules/block-content.ts';
import { CODE_TABLE_LINE } from './rules/code-block-rules.ts';
import { tidyMarkdown } from './tidy-markdown.ts';

export interface ConvertOptions {
  /**
   * `root` is the caller's to spend (a capture's own copy of the page): it is taken out of its parent
   * and converted where it stands, its whitespace collapsed, instead of on a copy.
   */
  inPlace?: boolean;
}

/**
 * Converts an article's cleaned HTML to Markdown in the user's `style`. `root` is a live DOM node in
 * the page or a linkedom node in Node; Turndown works on a copy unless told `inPlace`, and never
 * parses HTML itself.
 */
export function htmlToMarkdown(
  root: Node,
  style: MarkdownStyle = DEFAULT_MARKDOWN_STYLE,
  { inPlace = false }: ConvertOptions = {},
): string {
  // The copy costs a book-length article a second tree, and a first read of each of its nodes from
  // script (a new wrapper per node in the extension's isolated world). A code table's lines are read
  // from the uncollapsed original (code-block-rules.ts), so a tree holding one is still copied.
  const spend = inPlace && (root as ParentNode).querySelector?.(CODE_TABLE_LINE) === null;
  // Out of its parent, as the copy would be: no rule may see the elements around the article.
  if (spend) root.parentNode?.removeChild(root);
  const context: ConversionContext = {
    footnotes: buildFootnoteIndex(root as unknown as ParentNode),
    codeBlocks: [],
    cells: new WeakMap(),
    source: root,
    style,
    references: createLinkReferences(),
    lineage: createLineage(),
  };
  // Our rules read the style from the context; Turndown's own fallbacks get it too.
  const options: ConversionOptions = {
    headingStyle: style.headingStyle,
    codeBlockStyle: 'fenced',
    fence: style.fence,
    bulletListMarker: style.bulletListMarker,
    emDelimiter: style.emDelimiter,
    strongDelimiter: style.strongDelimiter,
    linkStyle: style.linkStyle,
    // Leave whitespace inside <code> alone: some sites mark up code blocks without <pre>.
    preformattedCode: true,
    // An empty list item would split the list in two.
    blankReplacement: (_content, node) =>
      (node as { isBlock?: boolean }).isBlock && node.nodeName !== 'LI' ? '\n\n' : '',
    defaultReplacement: (content, node) =>
      (node as { isBlock?: boolean }).isBlock ? asBlock(blockContent(content)) : content,
    context,
    inPlace: spend,
  };
  const service = new TurndownService(options);
  service.escape = markLiterals;
  // One rule in front of Turndown's own, trying ours in their order (see rule-dispatcher.ts).
  service.addRule('markdown', ruleDispatcher(markdownRules.map(([, rule]) => rule)));
  // Turndown works on its own copy (or on root, inPlace), whose children and text its whitespace walk
  // notes (patches/).
  const body = service.turndown(root as HTMLElement);
  const { definitions } = context.references;
  if (definitions.length === 0) return tidyMarkdown(body, context.codeBlocks);
  // The link definitions close the article, where a reader of the plain file looks them up.
  const labels = referenceLabels(context.references);
  return tidyMarkdown(`${body}\n\n${definitions.join('\n')}`, context.codeBlocks, labels);
}
