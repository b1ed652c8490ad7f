import TurndownService from 'turndown';
import type { ConversionContext, ConversionOptions } from './conversion-context.ts';
import { markLiterals } from './escape-markdown.ts';
import { buildFootnoteIndex } from './footnote-index.ts';
import { markdownRules } from './markdown-rules.ts';
import { ruleDispatcher } from './rule-dispatcher.ts';
import { asBlock, blockContent } from './rules/block-content.ts';
import { tidyMarkdown } from './tidy-markdown.ts';
import { turndownCopy } from './turndown-copy.ts';

/**
 * Converts an article's cleaned HTML to Markdown. `root` is a live DOM node in the page or a linkedom
 * node in Node; Turndown works on a copy and never parses HTML itself.
 */
export function htmlToMarkdown(root: Node): string {
  const context: ConversionContext = {
    footnotes: buildFootnoteIndex(root as unknown as ParentNode),
    codeBlocks: [],
    cells: new WeakMap(),
    source: root,
  };
  const options: ConversionOptions = {
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    // Leave whitespace inside <code> alone: some sites mark up code blocks without <pre>.
    preformattedCode: true,
    // An empty list item would split the list in two.
    blankReplacement: (_content, node) =>
      (node as { isBlock?: boolean }).isBlock && node.nodeName !== 'LI' ? '\n\n' : '',
    defaultReplacement: (content, node) =>
      (node as { isBlock?: boolean }).isBlock ? asBlock(blockContent(content)) : content,
    context,
  };
  const service = new TurndownService(options);
  service.escape = markLiterals;
  // One rule in front of Turndown's own, trying ours in their order (see rule-dispatcher.ts).
  service.addRule('markdown', ruleDispatcher(markdownRules.map(([, rule]) => rule)));
  // Turndown works on a copy whose elements remember their text (see turndown-copy.ts).
  return tidyMarkdown(service.turndown(turndownCopy(root) as HTMLElement), context.codeBlocks);
}
