import { withoutMarks } from './conversion-context.ts';
import { classTokens, ELEMENT_NODE, TEXT_NODE } from './dom-queries.ts';

/** Tags that start a new line of code, as highlighters that render one element per line use them. */
const LINE_TAGS = new Set(['DIV', 'P', 'LI', 'TR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Classes highlighters give to one line of code (Shiki, CodeMirror, Monaco, Ace, Rouge, …). */
const LINE_CLASSES = new Set(['line', 'code-line', 'cm-line', 'ace_line', 'view-line', 'highlight-line']);
/** Line-number gutters: numbers a reader never wants pasted into their code. */
const GUTTER_CLASSES =
  /^(?:gutter|gutters|line-?numbers?(?:-rows)?|linenos?|linenodiv|lineno|ln-num|hljs-ln-numbers|hljs-ln-n|blob-num|line-number|react-line-number|code-line-number|rouge-gutter|cm-gutters?|cm-linenumber|ace_gutter|line-numbers-rows)$/;

/** Whether the element is a line-number gutter (in a code block, or the column of a code table). */
export function isGutter(element: Element): boolean {
  return classTokens(element).some((token) => GUTTER_CLASSES.test(token));
}

/**
 * The text of a code element with every line break kept: `<br>`, one element per line, tabs, and
 * non-breaking spaces (used for indentation) as plain spaces; gutters and their numbers left out.
 */
export function codeText(root: Node): string {
  const out: string[] = [];
  let endsWithNewline = true;
  let pendingBreak = false;
  const write = (text: string): void => {
    if (!text) return;
    if (pendingBreak && !endsWithNewline && !text.startsWith('\n')) out.push('\n');
    pendingBreak = false;
    out.push(text);
    endsWithNewline = text.endsWith('\n');
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === TEXT_NODE) {
        write((child as Text).data.replace(/\u00a0/g, ' '));
      } else if (child.nodeType === ELEMENT_NODE) {
        const element = child as Element;
        if (element.nodeName === 'BR') {
          write('\n');
        } else if (!isGutter(element)) {
          const isLine =
            LINE_TAGS.has(element.nodeName) || classTokens(element).some((t) => LINE_CLASSES.has(t));
          if (!isLine) {
            walk(element);
            continue;
          }
          if (!endsWithNewline) write('\n');
          const before = out.length;
          walk(element);
          // An empty line element is still a line.
          if (out.length === before) write('\n');
          else pendingBreak = true;
        }
      }
    }
  };
  walk(root);
  return withoutMarks(out.join(''));
}
