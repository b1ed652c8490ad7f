import MarkdownIt from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { parseHTML } from 'linkedom';

/**
 * A CommonMark renderer with GFM tables, strikethrough and footnotes, standing in for the reader's
 * Markdown app: tests check what a document shows, not only what it says. Raw HTML is allowed, so a
 * tag that leaks through shows up as an element.
 */
const renderer = new MarkdownIt({ html: true }).use(footnote);

/** The HTML a Markdown app would show for `markdown`. */
export function renderMarkdown(markdown: string): string {
  return renderer.render(markdown);
}

/** The rendered document, to query like a page. */
export function renderedDocument(markdown: string): Document {
  return parseHTML(`<!doctype html><html><body>${renderMarkdown(markdown)}</body></html>`).document;
}

/** The words a reader sees, whitespace collapsed; a line break separates words too. */
export function visibleText(html: string): string {
  // Blocks and cells are apart on screen, so their words are too.
  const spaced = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|h[1-6]|li|t[dhr]|blockquote|div|pre)>/gi, '$& ');
  const { document } = parseHTML(`<!doctype html><html><body>${spaced}</body></html>`);
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}
