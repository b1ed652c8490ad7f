import type { Article } from '../article.ts';
import { message } from '../i18n/message.ts';
import { NON_CONTENT_TAGS } from '../markdown/dom-queries.ts';
import { linkDestination } from '../markdown/markdown-url.ts';
import type { CaptureFailure } from './capture-problem.ts';
import { pageName } from './page-name';

/**
 * Pages with more text than this are refused: extraction runs on the page's own thread, and at about
 * a second per million characters a bigger page would freeze its tab for too long. The longest
 * articles on the web (book-length Wikipedia pages) stay well below it.
 */
export const MAX_TEXT_CHARACTERS = 5_000_000;

// Below this much raw text a page is checked for visible text node by node; above it, it has text.
const SMALL_PAGE_CHARACTERS = 20_000;
const INVISIBLE = new Set(NON_CONTENT_TAGS);
const MEDIA = 'img, picture, video, audio, svg, canvas';

/**
 * What keeps `doc` from being read as an article at all, checked before the expensive work: a
 * document still arriving (half an article), a PDF or other non-HTML document, too much text, or
 * nothing to read. Null when extraction may go ahead. Image documents are the caller's to handle
 * with {@link captureImageDocument}.
 */
export function checkDocument(doc: Document): CaptureFailure | null {
  if (doc.readyState === 'loading') {
    return {
      ok: false,
      reason: 'still-loading',
      message: message('capture.stillLoading'),
    };
  }
  if (doc.contentType === 'application/pdf') {
    return {
      ok: false,
      reason: 'unsupported',
      message: message('capture.pdf'),
    };
  }
  const text = doc.body?.textContent ?? '';
  if (text.length > MAX_TEXT_CHARACTERS) {
    return {
      ok: false,
      reason: 'too-large',
      message: message('capture.tooMuchText', Math.round(text.length / 1e5) / 10, MAX_TEXT_CHARACTERS / 1e6),
    };
  }
  if (text.length < SMALL_PAGE_CHARACTERS && !hasVisibleText(doc.body) && !doc.body?.querySelector(MEDIA)) {
    return { ok: false, reason: 'empty', message: message('capture.emptyPage') };
  }
  return null;
}

/** Whether `doc` is the browser's view of an image file (a direct link to a .png, .jpg …). */
export function isImageDocument(doc: Document): boolean {
  // String(): documents built outside a browser (linkedom) have no contentType.
  return String(doc.contentType).startsWith('image/');
}

/** The message for an image document when only the article was asked for. */
export const IMAGE_NOT_AN_ARTICLE: CaptureFailure = {
  ok: false,
  reason: 'not-an-article',
  message: message('capture.imageNotAnArticle'),
};

/** An image document saved whole: the picture as the body, named after its file. */
export function captureImageDocument(pageUrl: string, now: Date = new Date()): Article {
  const url = new URL(pageUrl);
  const file = pageName(url);
  const canonical = new URL(url);
  canonical.hash = '';
  return {
    title: file,
    authors: [],
    siteName: null,
    publishedTime: null,
    lang: null,
    dir: null,
    excerpt: null,
    sourceUrl: pageUrl,
    canonicalUrl: canonical.href,
    leadImage: pageUrl,
    wordCount: 0,
    readingMinutes: 0,
    capturedAt: now.toISOString(),
    markdown: `![${file.replace(/[[\]\\]/g, '\\$&')}](${linkDestination(url.href, 'image') ?? ''})`,
  };
}

function hasVisibleText(body: HTMLElement | null): boolean {
  if (!body) return false;
  const pending: Node[] = [body];
  while (pending.length > 0) {
    const node = pending.pop() as Node;
    if (node.nodeType === 3 && (node.nodeValue ?? '').trim() !== '') return true;
    if (node.nodeType === 1 && INVISIBLE.has((node as Element).tagName.toLowerCase())) continue;
    pending.push(...Array.from(node.childNodes));
  }
  return false;
}
