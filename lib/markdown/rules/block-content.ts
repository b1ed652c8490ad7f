import { LITERAL_MARK as M } from '../conversion-context.ts';
import { adjacentChar } from '../dom-queries.ts';

/** A hard break we wrote: a backslash (unmarked, so not page text) ending the line. */
const HARD_BREAK = `(?<!${M})\\\\(?:\\n|$)`;
const BREAK_RUN = new RegExp(`(?:${HARD_BREAK}[ \\t]*){2,}`, 'g');
// Blocks shed only the whitespace Markdown ignores; a no-break space is text (it may even hide a `-`).
const LEADING = new RegExp(`^(?:[ \\t\\r\\n]|${HARD_BREAK})+`);
// Emphasis must not start or end at any Unicode space, or it does not open or close.
const INLINE_LEADING = new RegExp(`^(?:\\s|${HARD_BREAK})+`);
// It starts where a run starts (the look-behind): otherwise a long run of spaces inside the text is
// scanned again from each of its characters, which is quadratic.
const INLINE_TRAILING = new RegExp(`(?<!\\s)(?:\\s|${HARD_BREAK})+$`);
const ALL_BREAKS = new RegExp(`${HARD_BREAK}|\\n`, 'g');

/** Markdown's hard line break; a backslash rather than two spaces, which would be trailing whitespace. */
export const HARD_BREAK_TEXT = '\\\n';

/**
 * The content of a block, tidied: `<br><br>` (a common paragraph separator) becomes a paragraph break,
 * breaks at the edges go (Markdown would print a backslash there), at most one blank line in a row.
 */
export function blockContent(content: string): string {
  // Every block wrapping the article gets its whole text here, megabytes for a book: a substring
  // search tells whether the expressions have anything to find, at a fraction of their cost.
  const breaks = content.includes('\\\n') ? content.replace(BREAK_RUN, '\n\n') : content;
  const trimmed = withoutTrailingSpace(breaks.replace(LEADING, ''));
  return trimmed.includes('\n\n\n') ? trimmed.replace(/\n{3,}/g, '\n\n') : trimmed;
}

/**
 * `text` without the whitespace (space, tab, CR, LF) and hard breaks that end it, found by
 * stepping back from the end: an expression anchored at the end still tries every space inside.
 */
function withoutTrailingSpace(text: string): string {
  let end = text.length;
  for (;;) {
    const char = text.charCodeAt(end - 1);
    if (char === 0x20 || char === 0x09 || char === 0x0d || char === 0x0a) end--;
    // A backslash is a hard break we wrote when it ends the text or its line, and is not marked.
    else if (
      char === 0x5c &&
      (end === text.length || text.charCodeAt(end) === 0x0a) &&
      text.charAt(end - 2) !== M
    )
      end--;
    else break;
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Surrounds a block with blank lines; nothing for an empty block. */
export function asBlock(text: string): string {
  return text ? `\n\n${text}\n\n` : '';
}

/** Content that must stay on one line (a heading, a link, a caption): breaks become `separator`. */
export function oneLine(content: string, separator = ' '): string {
  return blockContent(content)
    .replace(ALL_BREAKS, separator)
    .replace(/[ \t]{2,}/g, ' ');
}

/** Punctuation that may step outside the delimiters; never syntax we wrote (`)` of a link, `*`, `` ` ``). */
const MOVABLE = /[.,:;!?"'“”‘’«»…。、，：；！？「」『』（）【】]/u;
const WORD_CHAR = /[^\s\p{P}\p{S}]/u;

/**
 * Wraps inline content in a delimiter, with its edge whitespace and breaks kept outside, where they work.
 * CommonMark will not close `**Note:**` before a letter (`**Note:**text`) or open `**"x"**` after one;
 * given the node, punctuation at such an edge steps outside the delimiters, where it reads the same.
 */
export function wrapInline(content: string, delimiter: string, node?: Node): string {
  let lead = INLINE_LEADING.exec(content)?.[0] ?? '';
  const rest = content.slice(lead.length);
  let trail = INLINE_TRAILING.exec(rest)?.[0] ?? '';
  let core = rest.slice(0, rest.length - trail.length);
  if (!core) return lead + trail;
  // Emphasis cannot span blocks; keep the text rather than scatter delimiters.
  if (core.includes('\n\n')) return content;
  // Turndown may have taken the node's edge space away from its neighbour; the text still has it.
  const text = node?.textContent ?? '';
  if (node && !trail && !/\s$/.test(text) && WORD_CHAR.test(adjacentChar(node, 'after'))) {
    const moved = trailingPunctuation(core);
    core = core.slice(0, core.length - moved.length);
    const space = INLINE_TRAILING.exec(core)?.[0] ?? '';
    core = core.slice(0, core.length - space.length);
    trail = space + moved;
  }
  if (node && !lead && !/^\s/.test(text) && WORD_CHAR.test(adjacentChar(node, 'before'))) {
    const moved = leadingPunctuation(core);
    core = core.slice(moved.length);
    const space = INLINE_LEADING.exec(core)?.[0] ?? '';
    core = core.slice(space.length);
    lead = moved + space;
  }
  if (!core.replaceAll(M, '').trim()) return content;
  return lead + delimiter + core + delimiter + trail;
}

function trailingPunctuation(core: string): string {
  let start = core.length;
  while (start > 0 && MOVABLE.test(core.charAt(start - 1))) {
    start -= core.charAt(start - 2) === M ? 2 : 1;
  }
  return core.slice(start);
}

function leadingPunctuation(core: string): string {
  let end = 0;
  for (;;) {
    const width = core.charAt(end) === M ? 2 : 1;
    if (!MOVABLE.test(core.charAt(end + width - 1))) return core.slice(0, end);
    end += width;
  }
}

/** Bold text with `delimiter` (`**` or `__`), unless it already is bold. */
export function bold(text: string, delimiter = '**'): string {
  return isBold(text) ? text : wrapInline(text, delimiter);
}

/** Whether the whole text is one strong span, written with either delimiter. */
export function isBold(text: string): boolean {
  return /^\*\*[\s\S]*\*\*$|^__[\s\S]*__$/.test(text);
}

/**
 * The delimiter for emphasis (`*`/`_`) or strong (`**`/`__`) around `node`: the chosen one, except
 * that `_` cannot open or close inside a word (`snake_case` stays text), so there it is `*`.
 */
export function emphasisDelimiter(chosen: string, node: Node): string {
  if (!chosen.startsWith('_')) return chosen;
  const inWord = WORD_CHAR.test(adjacentChar(node, 'before')) || WORD_CHAR.test(adjacentChar(node, 'after'));
  return inWord ? '*'.repeat(chosen.length) : chosen;
}
