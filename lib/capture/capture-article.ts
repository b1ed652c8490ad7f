import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { Article, CaptureFailure, CaptureFailureReason, CaptureResult } from '../article.ts';
import { htmlToMarkdown } from '../markdown/html-to-markdown.ts';
import { markdownToPlainText } from '../quality/markdown-to-plain-text.ts';
import { cleanContent } from './clean-content.ts';
import { detectDirection } from './detect-direction.ts';
import { authorsFromByline } from './extract-authors.ts';
import { extractMetadata } from './extract-metadata.ts';
import { measureText } from './measure-text.ts';
import { prepareDocument } from './prepare-document.ts';
import { removeNonContent } from './remove-chrome.ts';

export interface CaptureOptions {
  /** The capture time; defaults to now. */
  now?: Date;
  /** Keep the whole cleaned `<body>` even when the page does not look like an article. */
  wholePage?: boolean;
}

/** Pages beyond this many elements are refused rather than risk freezing the tab. */
export const MAX_ELEMENTS = 60_000;

/** Extracted text shorter than this is no article (a tweet-length blurb, a cookie notice). */
const MIN_ARTICLE_CHARACTERS = 200;

/** Extracts the article of `doc` (left untouched; the work happens on a copy) as Markdown with metadata. */
export function captureArticle(doc: Document, pageUrl: string, options: CaptureOptions = {}): CaptureResult {
  // linkedom answers 0 to getElementsByTagName('*'); fall back to the (slower) selector there.
  const elementCount = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (elementCount > MAX_ELEMENTS) {
    return failure(
      'too-large',
      `This page is too large to capture: ${elementCount.toLocaleString('en')} elements, the limit is ${MAX_ELEMENTS.toLocaleString('en')}.`,
    );
  }
  const work = doc.cloneNode(true) as Document;
  prepareDocument(work, pageUrl);
  const metadata = extractMetadata(work, pageUrl);
  let root: Element | null;
  if (options.wholePage) {
    removeNonContent(work, { chrome: false });
    root = work.body;
  } else {
    // Judged before extraction mutates the copy; a real article can fail this quick check, so it only
    // decides together with the extracted text below.
    const readerable = isProbablyReaderable(work);
    removeNonContent(work, { chrome: true });
    const parsed = new Readability<Element>(work, {
      serializer: (node) => node as Element,
      keepClasses: true,
    }).parse();
    root = parsed?.content ?? null;
    if (!root || !parsed || !looksLikeArticle(root, readerable)) return notAnArticle();
    metadata.title ||= parsed.title?.trim() ?? '';
    if (metadata.authors.length === 0 && parsed.byline) metadata.authors = authorsFromByline(parsed.byline);
  }
  if (!root) return notAnArticle();
  // "Save the whole page" means all of it: the related-story and label rules are for articles only.
  if (!options.wholePage) cleanContent(root, metadata);
  const markdown = htmlToMarkdown(root);
  // Counted on what the reader gets: the DOM's text glues table cells and blocks into single words.
  const text = markdownToPlainText(markdown);
  const { wordCount, readingMinutes } = measureText(text);
  if (wordCount === 0 || markdown.trim() === '') {
    return failure('empty', 'The page was read, but no article text was found in it.');
  }
  const article: Article = {
    ...metadata,
    title: metadata.title || fallbackTitle(pageUrl),
    dir: metadata.dir ?? detectDirection(text),
    sourceUrl: pageUrl,
    wordCount,
    readingMinutes,
    capturedAt: (options.now ?? new Date()).toISOString(),
    markdown,
  };
  return { ok: true, article };
}

/** Too little prose, or (on a page that failed the quick check) mostly links: a list or a home page. */
function looksLikeArticle(root: Element, readerable: boolean): boolean {
  const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_ARTICLE_CHARACTERS) return false;
  if (readerable) return true;
  const linkText = Array.from(root.querySelectorAll('a'), (a) => a.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ');
  return linkText.length / text.length < 0.5;
}

function notAnArticle(): CaptureFailure {
  return failure(
    'not-an-article',
    'This page does not look like an article. You can save the whole page instead.',
  );
}

function failure(reason: CaptureFailureReason, message: string): CaptureFailure {
  return { ok: false, reason, message };
}

function fallbackTitle(pageUrl: string): string {
  try {
    const url = new URL(pageUrl);
    return decodeURIComponent(url.pathname.split('/').filter(Boolean).at(-1) ?? url.hostname) || pageUrl;
  } catch {
    return pageUrl;
  }
}
