import { pageName } from './page-name';
import { Readability } from '@mozilla/readability';
import type { Article, CaptureFailure, CaptureFailureReason, CaptureResult } from '../article.ts';
import { htmlToMarkdown } from '../markdown/html-to-markdown.ts';
import { markdownToPlainText } from '../quality/markdown-to-plain-text.ts';
import { cleanContent } from './clean-content.ts';
import { copyShadowContent } from './copy-shadow-content.ts';
import { detectDirection } from './detect-direction.ts';
import { authorsFromByline } from './extract-authors.ts';
import { extractMetadata } from './extract-metadata.ts';
import { measureText } from './measure-text.ts';
import { documentBase, resolveMedia, revealNoscriptImages } from './prepare-document.ts';
import { removeNonContent } from './remove-chrome.ts';
import { revealHiddenContent } from './reveal-hidden-content.ts';

export interface CaptureOptions {
  /** The capture time; defaults to now. */
  now?: Date;
  /** Keep the whole cleaned `<body>` even when the page does not look like an article. */
  wholePage?: boolean;
  /** Called as each step ends, with its name: for benchmarks that time the steps in a real page. */
  onStep?: (step: CaptureStep) => void;
}

/** The steps of a capture, in order. */
export type CaptureStep =
  'copy' | 'prepare' | 'metadata' | 'pre-pass' | 'resolve' | 'readability' | 'clean' | 'markdown' | 'measure';

/** Pages beyond this many elements are refused rather than risk freezing the tab. */
export const MAX_ELEMENTS = 60_000;

/** Extracted text shorter than this is no article (a tweet-length blurb, a cookie notice). */
const MIN_ARTICLE_CHARACTERS = 200;
/** Extracted text mostly inside links is a list of other pages. */
const MAX_LINK_SHARE = 0.5;

/** Extracts the article of `doc` (left untouched; the work happens on a copy) as Markdown with metadata. */
export function captureArticle(doc: Document, pageUrl: string, options: CaptureOptions = {}): CaptureResult {
  const problem = tooLarge(doc);
  if (problem) return problem;
  const copy = doc.cloneNode(true) as Document;
  copyShadowContent(doc, copy, MAX_ELEMENTS);
  options.onStep?.('copy');
  return extract(copy, pageUrl, options);
}

/**
 * Like `captureArticle`, but works on `doc` itself and leaves it changed: for callers that parsed the
 * page for this alone (the command line), where copying a large document would double the work.
 */
export function captureOwnedDocument(
  doc: Document,
  pageUrl: string,
  options: CaptureOptions = {},
): CaptureResult {
  return tooLarge(doc) ?? extract(doc, pageUrl, options);
}

function tooLarge(doc: Document): CaptureFailure | null {
  // linkedom answers 0 to getElementsByTagName('*'); fall back to the (slower) selector there.
  const count = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (count <= MAX_ELEMENTS) return null;
  const limit = MAX_ELEMENTS.toLocaleString('en');
  return failure(
    'too-large',
    `This page is too large to capture: ${count.toLocaleString('en')} elements, the limit is ${limit}.`,
  );
}

function extract(work: Document, pageUrl: string, options: CaptureOptions): CaptureResult {
  const step = options.onStep ?? (() => undefined);
  const base = documentBase(work, pageUrl);
  revealNoscriptImages(work);
  revealHiddenContent(work);
  step('prepare');
  const metadata = extractMetadata(work, pageUrl);
  step('metadata');
  removeNonContent(work, { chrome: !options.wholePage });
  step('pre-pass');
  // After the pre-pass: on a large page most links and images are in the chrome it removed.
  resolveMedia(work, base);
  step('resolve');
  let root: Element | null;
  if (options.wholePage) {
    root = work.body;
  } else {
    const parsed = new Readability<Element>(work, {
      serializer: (node) => node as Element,
      // Class names stay until the end: the clean-up and the code-language detection read them.
      keepClasses: true,
    }).parse();
    step('readability');
    root = parsed?.content ?? null;
    if (!root || !parsed || !looksLikeArticle(root)) return notAnArticle();
    metadata.title ||= parsed.title?.trim() ?? '';
    if (metadata.authors.length === 0 && parsed.byline) {
      metadata.authors = authorsFromByline(parsed.byline).filter((name) => name !== metadata.siteName);
    }
  }
  if (!root) return notAnArticle();
  // "Save the whole page" means all of it: the related-story and label rules are for articles only.
  if (!options.wholePage) cleanContent(root, metadata);
  step('clean');
  const markdown = htmlToMarkdown(root);
  step('markdown');
  // Counted on what the reader gets: the DOM's text glues table cells and blocks into single words.
  const text = markdownToPlainText(markdown);
  const { wordCount, readingMinutes } = measureText(text);
  step('measure');
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

/** Too little prose, or mostly links (a list, a home page): not an article. */
function looksLikeArticle(root: Element): boolean {
  const text = (root.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (text.length < MIN_ARTICLE_CHARACTERS) return false;
  const linkText = Array.from(root.getElementsByTagName('a'), (a) => a.textContent ?? '')
    .join('')
    .replace(/\s+/g, ' ');
  return linkText.length / text.length < MAX_LINK_SHARE;
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
    return pageName(new URL(pageUrl)) || pageUrl;
  } catch {
    return pageUrl;
  }
}
