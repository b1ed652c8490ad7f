import { CODE_MARK, LITERAL_MARK } from './conversion-context.ts';
import { resolveEscapes } from './escape-markdown.ts';

/** A hard break we wrote (a literal backslash carries a mark) that ends a block: Markdown would print it. */
const DANGLING_BREAK = new RegExp(
  `(?<!${LITERAL_MARK})\\\\\\n(?=[ \\t>]*(?:\\n|$))|(?<!${LITERAL_MARK})\\\\$`,
  'g',
);
const PLACEHOLDER_LINE = new RegExp(`^(.*?)${CODE_MARK}(\\d+)${CODE_MARK}$`, 'gm');
const PLACEHOLDER = new RegExp(`${CODE_MARK}(\\d+)${CODE_MARK}`, 'g');

/**
 * Final pass over Turndown's output: escapes resolved, no trailing spaces, at most one blank line in a
 * row, and the code blocks put back last so none of this touches them. `referenceLabels` are the
 * labels of the link definitions the output ends with, which page text must not name.
 */
export function tidyMarkdown(
  raw: string,
  codeBlocks: readonly string[],
  referenceLabels?: ReadonlySet<string>,
): string {
  const text = resolveEscapes(raw.replace(DANGLING_BREAK, '\n'), referenceLabels)
    // The look-behind starts each match at the start of a run of spaces: without it, a long run in the
    // middle of a line is scanned again from each of its characters (quadratic).
    .replace(/(?<![ \t\u00a0])[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    // An empty line inside a quote is `>`; several in a row are one.
    .replace(/^((?:> ?)*>)\n(?:\1\n)+/gm, '$1\n')
    // Not trim(): a no-break space opening the text is text, and may be what keeps a `2)` from being a list.
    .replace(/^[ \t\r\n]+|(?<![ \t\r\n])[ \t\r\n]+$/g, '');
  return restoreCode(text, codeBlocks);
}

function restoreCode(text: string, codeBlocks: readonly string[]): string {
  if (!text.includes(CODE_MARK)) return text;
  return (
    text
      // The placeholder's line starts with the quote markers or list indent every code line needs.
      .replace(PLACEHOLDER_LINE, (_match, prefix: string, index: string) =>
        (codeBlocks[Number(index)] ?? '')
          .split('\n')
          .map((line) => (line ? prefix + line : prefix.trimEnd()))
          .join('\n'),
      )
      // Anywhere else (it should not happen) the code stays readable on one line.
      .replace(PLACEHOLDER, (_match, index: string) => (codeBlocks[Number(index)] ?? '').replace(/\n/g, ' '))
  );
}
