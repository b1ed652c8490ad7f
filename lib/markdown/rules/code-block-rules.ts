import type TurndownService from 'turndown';
import type { MarkdownRule } from '../rule-dispatcher.ts';
import { codePlaceholder, contextOf, originalOf, styleOf } from '../conversion-context.ts';
import { codeLanguage } from '../code-language.ts';
import { codeText } from '../code-text.ts';
import { closestAncestor, descendants, ELEMENT_NODE, elementChildren, TEXT_NODE } from '../dom-queries.ts';
import { asBlock } from './block-content.ts';

/** A line of code in GitHub's and Gist's code tables; its whitespace is read from the uncollapsed tree. */
export const CODE_TABLE_LINE = 'td.blob-code';

const BLOCK_PARENTS = ['P', 'DIV', 'LI', 'BLOCKQUOTE', 'FIGURE', 'SECTION', 'ARTICLE', 'MAIN', 'BODY', 'DD'];

/** Fenced code blocks that keep their language and every line. */
export const codeBlockRules: Record<string, MarkdownRule> = {
  preformatted: {
    filter: 'pre',
    replacement: (_content, node, options) => {
      const children = elementChildren(node);
      const code = children.length === 1 ? children : [];
      return fence(codeText(node), codeLanguage([...code, ...selfAndAncestors(node, 2)]), options);
    },
  },

  codeWithoutPre: {
    tags: ['CODE'],
    // `<code>` styled `white-space: pre` with nothing around it is a code block, not a code span.
    // Cheapest test first: most `<code>` is a word inside a sentence, with text beside it.
    filter: (node) =>
      node.nodeName === 'CODE' &&
      BLOCK_PARENTS.includes(node.parentNode?.nodeName ?? '') &&
      onlyMeaningfulChild(node) &&
      !closestAncestor(node, ['PRE']) &&
      codeText(node).trim().includes('\n'),
    replacement: (_content, node, options) =>
      fence(codeText(node), codeLanguage(selfAndAncestors(node, 1)), options),
  },

  codeTable: {
    tags: ['TABLE'],
    // GitHub and Gist render code as a table: a line-number cell and a `blob-code` cell per line.
    filter: (node) => node.nodeName === 'TABLE' && node.querySelector(CODE_TABLE_LINE) !== null,
    replacement: (_content, node, options) => {
      // The cells are `white-space: pre`, but Turndown's copy has collapsed them: read the original.
      const table = originalOf(node, contextOf(options)) ?? node;
      const lines = descendants(table, ['TR']).map((row) => {
        const cell = row.querySelector(CODE_TABLE_LINE);
        return cell ? codeText(cell).replace(/\n$/, '') : '';
      });
      return fence(lines.join('\n'), codeLanguage(selfAndAncestors(node, 2)), options);
    },
  },
};

/**
 * A fenced block, of backticks or tildes as the user chose: the fence is longer than any run of its
 * character in the code, so the code cannot close it. The code itself waits in the context until
 * tidying, so no escaping or trimming can touch it.
 */
function fence(raw: string, language: string | null, options: TurndownService.Options): string {
  const code = raw.replace(/^(?:[ \t]*\n)+/, '').replace(/\s+$/, '');
  if (!code.trim()) return '';
  const mark = styleOf(options).fence.charAt(0);
  const runs = code.match(mark === '~' ? /~+/g : /`+/g) ?? [];
  const longest = Math.max(0, ...runs.map((run) => run.length));
  const marks = mark.repeat(Math.max(3, longest + 1));
  const { codeBlocks } = contextOf(options);
  codeBlocks.push(code);
  return asBlock(`${marks}${language ?? ''}\n${codePlaceholder(codeBlocks.length - 1)}\n${marks}`);
}

function onlyMeaningfulChild(node: Element): boolean {
  // Stops at the first word beside it, without listing the parent's children.
  for (let sibling = node.parentNode?.firstChild ?? null; sibling; sibling = sibling.nextSibling) {
    if (sibling !== node && (sibling.nodeType !== TEXT_NODE || sibling.textContent?.trim())) return false;
  }
  return true;
}

/** The element and up to `levels` of its ancestors, where wrappers often name the language. */
function selfAndAncestors(element: Element, levels: number): Element[] {
  const chain = [element];
  for (let node = element.parentNode; node && chain.length <= levels; node = node.parentNode) {
    if (node.nodeType === ELEMENT_NODE) chain.push(node as Element);
  }
  return chain;
}
