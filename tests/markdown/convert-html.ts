import { parseHTML } from 'linkedom';
import { htmlToMarkdown } from '../../lib/markdown/html-to-markdown.ts';
import type { MarkdownStyle } from '../../lib/markdown/markdown-style.ts';

/** Parses `html` as the content of an article element with linkedom and converts that element. */
export function convertHtml(html: string, style?: MarkdownStyle): string {
  const { document } = parseHTML(`<!doctype html><html><body><article>${html}</article></body></html>`);
  const article = document.querySelector('article');
  if (!article) throw new Error('linkedom lost the article element');
  return htmlToMarkdown(article, style);
}
