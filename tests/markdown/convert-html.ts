import { parseHTML } from 'linkedom';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';
import type { MarkdownStyle } from '../../lib/markdown/markdown-style.ts';

/**
 * Parses `html` as the content of an article element with linkedom and converts that element. It is
 * converted twice, on a copy and in place (as a capture converts its own copy of the page), and the
 * two must agree: every rule's cases check both.
 */
export function convertHtml(html: string, style?: MarkdownStyle): string {
  const copied = htmlToMarkdown(parseArticle(html), style);
  const inPlace = htmlToMarkdown(parseArticle(html), style, { inPlace: true });
  if (inPlace !== copied) {
    throw new Error(`in place:\n${inPlace}\n\ndiffers from the copy's:\n${copied}`);
  }
  return copied;
}

function parseArticle(html: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const article = document.querySelector('article');
  if (!article) throw new Error('linkedom lost the article element');
  return article;
}
