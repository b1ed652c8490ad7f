import type { Article, CaptureResult } from '../article.ts';
import { message } from '../i18n/message.ts';
import { htmlToMarkdown } from '../markdown/html-to-markdown.ts';
import type { MarkdownStyle } from '../markdown/markdown-style.ts';
import { markdownToPlainText } from '../markdown/markdown-to-plain-text.ts';
import { detectDirection } from './detect-direction.ts';
import { extractMetadata } from './extract-metadata.ts';
import { flattenEmbeds } from './flatten-embeds.ts';
import { markMath } from './mark-math.ts';
import { measureText } from './measure-text.ts';
import { pageTitle } from './page-name.ts';
import { documentBase, resolveMedia } from './prepare-document.ts';

/** The part of a DOM `Range` a selection capture reads; a live `Range` of the page fits. */
export interface SelectedRange {
  readonly commonAncestorContainer: Node;
  cloneContents(): DocumentFragment;
}

/** What the user sees when "Save selection" finds nothing selected. */
export const NOTHING_SELECTED = message('capture.nothingSelected');

const ELEMENT_NODE = 1;

/**
 * Captures the selected parts of `doc` (left untouched) as an excerpt: the page's metadata, and a
 * body made of the selection alone, converted as a full capture converts (links and images
 * absolute, lazy images real, embeds flattened, code and tables kept). No clean-up rule runs on
 * it: the user chose this text.
 */
export function captureSelection(
  doc: Document,
  ranges: readonly SelectedRange[],
  pageUrl: string,
  now: Date = new Date(),
  style?: MarkdownStyle,
): CaptureResult {
  const work = doc.cloneNode(true) as Document;
  const base = documentBase(work, pageUrl);
  const metadata = extractMetadata(work, pageUrl, base);
  const body = work.body;
  if (!body) return { ok: false, reason: 'empty', message: NOTHING_SELECTED };
  body.replaceChildren(...ranges.map((range) => rebuild(work, range)));
  // Each step on the copy, in the order a full capture takes them: TeX first (the markup that holds
  // it goes next), then embeds, then addresses.
  markMath(work);
  flattenEmbeds(work, base);
  resolveMedia(work, base);
  const markdown = htmlToMarkdown(body, style, { inPlace: true });
  if (markdown.trim() === '') return { ok: false, reason: 'empty', message: NOTHING_SELECTED };
  const text = markdownToPlainText(markdown);
  const article: Article = {
    ...metadata,
    title: metadata.title || pageTitle(pageUrl),
    dir: metadata.dir ?? detectDirection(text),
    sourceUrl: pageUrl,
    ...measureText(text),
    capturedAt: now.toISOString(),
    markdown,
    selection: true,
  };
  return { ok: true, article };
}

/**
 * One range's contents inside empty copies of the elements around it, up to `<body>`: a range
 * within one code block or table clones only its cells or text, and without its `<pre>` or
 * `<table>` the Markdown would lose what made it code or a table.
 */
function rebuild(work: Document, range: SelectedRange): Node {
  let node: Node = work.importNode(range.cloneContents(), true);
  let around: Node | null = range.commonAncestorContainer;
  if (around.nodeType !== ELEMENT_NODE) around = around.parentNode;
  for (; around && around.nodeType === ELEMENT_NODE; around = around.parentNode) {
    const name = around.nodeName.toLowerCase();
    if (name === 'body' || name === 'html') break;
    const shell = work.importNode(around, false);
    shell.appendChild(node);
    node = shell;
  }
  return node;
}
