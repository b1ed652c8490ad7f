import type { Article, CaptureResult } from '../article.ts';
import { message, type Message } from '../i18n/message.ts';
import { htmlToMarkdown } from '../markdown/html-to-markdown.ts';
import type { MarkdownStyle } from '../markdown/markdown-style.ts';
import { markdownToPlainText } from '../markdown/markdown-to-plain-text.ts';
import { choosePick } from './choose-pick.ts';
import type { CaptureFailure, PageProblem } from './capture-problem.ts';
import { MAX_ELEMENTS } from './capture-limits.ts';
import { bylineAuthorsAbove } from './find-byline.ts';
import { cleanContent } from './clean-content.ts';
import { copyShadowContent } from './copy-shadow-content.ts';
import { detectDirection } from './detect-direction.ts';
import { authorsFromByline } from './extract-authors.ts';
import { extractMetadata } from './extract-metadata.ts';
import { flattenEmbeds } from './flatten-embeds.ts';
import { findLead } from './find-lead.ts';
import { hasMainText, readArticleEvidence } from './has-main-text.ts';
import type { MathmlConverter } from './convert-mathml.ts';
import { markMath } from './mark-math.ts';
import { holdsMarkedBody } from './marked-body.ts';
import { measureText } from './measure-text.ts';
import { pageTitle } from './page-name.ts';
import { pickArticle, type ArticlePick, type PickStep } from './pick-article.ts';
import { documentBase, resolveMedia, revealNoscriptImages } from './prepare-document.ts';
import { removeNonContent } from './remove-non-content.ts';
import { revealHiddenContent } from './reveal-hidden-content.ts';

export interface CaptureOptions {
  /** The capture time; defaults to now. */
  now?: Date;
  /** Keep the whole cleaned `<body>` even when the page does not look like an article. */
  wholePage?: boolean;
  /** Writes TeX for MathML that carries none; without it such MathML is kept as marked text. */
  convertMathml?: MathmlConverter;
  /** How to write the Markdown (the user's settings); the default style without it. */
  markdownStyle?: MarkdownStyle;
  /** Called as each step ends, with its name: for benchmarks that time the steps in a real page. */
  onStep?: (step: CaptureStep) => void;
}

/**
 * The steps of a capture, in order; `check` is capturePage's document checks, `choose` the second,
 * plain pick made only when ours is in doubt, `main-text` the check that the pick is an article.
 */
export type CaptureStep =
  'check' | 'copy' | 'metadata' | PickStep | 'choose' | 'main-text' | 'clean' | 'markdown' | 'measure';

/**
 * Extracts the article of `doc`, a page that passed the document checks (left untouched; the work
 * happens on copies), as Markdown with metadata. Callers go through `capturePage`.
 */
export function captureArticle(doc: Document, pageUrl: string, options: CaptureOptions = {}): CaptureResult {
  const step = options.onStep ?? (() => undefined);
  const work = copyPage(doc, options.convertMathml);
  step('copy');
  // Worked out once: the metadata and every link and image resolve against it.
  const base = documentBase(work, pageUrl);
  const metadata = extractMetadata(work, pageUrl, base);
  step('metadata');
  let root: Element | null;
  if (options.wholePage) {
    revealNoscriptImages(work);
    revealHiddenContent(work);
    flattenEmbeds(work, base);
    removeNonContent(work, { furniture: false });
    resolveMedia(work, base);
    root = work.body;
  } else {
    const pick = bestPick(doc, work, base, metadata.title, step, options.convertMathml);
    step('choose');
    // A block certain to be the article holds hundreds of thousands of characters of prose.
    const mainText = (element: Element): boolean =>
      pick.certain || hasMainText(element, pageUrl, () => readArticleEvidence(doc, pageUrl, metadata));
    if (!pick.root || !mainText(pick.root)) return notAnArticle();
    step('main-text');
    // A pick without the post the page marks as its body is another block: the body is the article,
    // and a byline Readability found belongs to the other block (a commenter's name). Only a page
    // already judged an article is read so: a listing's featured post does not make it one.
    const marked = pick.markedBody && !holdsMarkedBody(pick.root, pick.markedBody) ? pick.markedBody : null;
    root = marked ?? pick.root;
    const byline = marked ? null : pick.byline;
    metadata.title ||= pick.title ?? '';
    if (metadata.authors.length === 0 && byline) {
      metadata.authors = authorsFromByline(byline).filter((name) => name !== metadata.siteName);
    }
    // Named, the writers' line above the article is a byline that the clean-up below removes.
    if (metadata.authors.length === 0) metadata.authors = bylineAuthorsAbove(root);
    // "Save the whole page" means all of it: the related-story and label rules are for articles only.
    cleanContent(root, metadata);
  }
  step('clean');
  if (!root) return notAnArticle();
  // The root is in this capture's own copy of the page, spent here.
  const markdown = htmlToMarkdown(root, options.markdownStyle, { inPlace: true });
  step('markdown');
  // Counted on what the reader gets: the DOM's text glues table cells and blocks into single words.
  const text = markdownToPlainText(markdown);
  const { wordCount, readingMinutes } = measureText(text);
  step('measure');
  if (markdown.trim() === '') {
    return failure('empty', message('capture.noArticleText'));
  }
  const article: Article = {
    ...metadata,
    title: metadata.title || pageTitle(pageUrl),
    dir: metadata.dir ?? detectDirection(text),
    sourceUrl: pageUrl,
    wordCount,
    readingMinutes,
    capturedAt: (options.now ?? new Date()).toISOString(),
    markdown,
  };
  return { ok: true, article };
}

/**
 * Readability's pick after our pre-pass, unless the pre-pass may have cost the article: then plain
 * Readability's pick on a fresh copy too, and the better of the two.
 */
function bestPick(
  doc: Document,
  work: Document,
  base: string,
  title: string,
  step: (name: CaptureStep) => void,
  convertMathml: MathmlConverter | undefined,
): ArticlePick {
  const ours = pickArticle(work, base, true, step);
  if (ours.certain) return ours;
  return choosePick(
    ours,
    () => pickArticle(copyPage(doc, convertMathml), base, false),
    () => findLead(doc, title),
  );
}

/** A copy of the page to work on, with what its open shadow roots show carried into it. */
function copyPage(doc: Document, convertMathml: MathmlConverter | undefined): Document {
  const copy = doc.cloneNode(true) as Document;
  // On the fresh copy: it finds each shadow host in the copy by its place in the page.
  copyShadowContent(doc, copy, MAX_ELEMENTS);
  // Before any step that drops scripts or hidden output, where the formulas' TeX lives.
  markMath(copy, convertMathml);
  return copy;
}

function notAnArticle(): CaptureFailure {
  return failure('not-an-article', message('capture.notAnArticle'));
}

function failure(reason: PageProblem, said: Message): CaptureFailure {
  return { ok: false, reason, message: said };
}
