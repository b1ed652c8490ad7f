import { cleanContent } from '../capture/clean-content';
import { documentBase, resolveMedia, revealNoscriptImages } from '../capture/prepare-document';
import { removeNonContent } from '../capture/remove-non-content';
import { htmlToMarkdown } from '../markdown/html-to-markdown';

/**
 * An article's HTML from another tool's export as our Markdown, through the capture's own steps:
 * what cannot be content goes, lazy images and relative links are resolved against the page's
 * address, the clean-up drops leftovers (share rows, a repeated title), and our Turndown rules
 * write the Markdown. The tools already chose the article, so no Readability pick is made.
 * `doc` is the HTML parsed as an inert document (DOMParser in the library, linkedom in tests).
 */
export function convertHtmlBody(
  doc: Document,
  pageUrl: string,
  metadata: { title: string; authors: string[]; excerpt: string | null },
): string {
  if (!doc.body) return '';
  revealNoscriptImages(doc);
  removeNonContent(doc, { furniture: false });
  resolveMedia(doc, documentBase(doc, pageUrl));
  cleanContent(doc.body, metadata);
  return htmlToMarkdown(doc.body);
}
