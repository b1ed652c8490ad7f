import type { CaptureResult } from '../article.ts';
import { message } from '../i18n/message.ts';
import { captureArticle, type CaptureOptions } from './capture-article.ts';
import { MAX_DEPTH, MAX_ELEMENTS } from './capture-limits.ts';
import {
  captureImageDocument,
  checkDocument,
  IMAGE_NOT_AN_ARTICLE,
  isImageDocument,
} from './check-document.ts';
import type { CaptureFailure } from './capture-problem.ts';
import { captureSelection, type SelectedRange } from './capture-selection.ts';

export { MAX_DEPTH, MAX_ELEMENTS };

/**
 * Captures `doc` (left untouched) as the extension and the command line both do, in one order: an
 * image document, then the document checks (still loading, a PDF, too much text, empty, too many
 * elements), then the article, or with `wholePage` the whole cleaned page, or with `selection` the
 * selected parts only, as an excerpt.
 */
export function capturePage(
  doc: Document,
  pageUrl: string,
  options: CaptureOptions & { selection?: readonly SelectedRange[] } = {},
): CaptureResult {
  if (isImageDocument(doc)) {
    return options.wholePage
      ? { ok: true, article: captureImageDocument(pageUrl, options.now) }
      : IMAGE_NOT_AN_ARTICLE;
  }
  const problem = checkDocument(doc) ?? tooLarge(doc) ?? tooDeep(doc);
  if (problem) return problem;
  options.onStep?.('check');
  if (options.selection)
    return captureSelection(doc, options.selection, pageUrl, options.now, options.markdownStyle);
  return captureArticle(doc, pageUrl, options);
}

function tooLarge(doc: Document): CaptureFailure | null {
  // linkedom answers 0 to getElementsByTagName('*'); fall back to the (slower) selector there.
  const count = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  if (count <= MAX_ELEMENTS) return null;
  return {
    ok: false,
    reason: 'too-large',
    message: message('capture.tooManyElements', count, MAX_ELEMENTS),
  };
}

// An element more than MAX_DEPTH levels down (the root element is level 1). The browser's selector
// engine walks up from each element natively: in an extension's isolated world a walk of our own
// over a 55,000-element page costs a DOM call per step, about 50 times as much.
const DEEPER_THAN_LIMIT = `:root${' > *'.repeat(MAX_DEPTH)}`;

function tooDeep(doc: Document): CaptureFailure | null {
  if (!doc.querySelector(DEEPER_THAN_LIMIT)) return null;
  return {
    ok: false,
    reason: 'too-large',
    message: message('capture.tooDeep', MAX_DEPTH),
  };
}
