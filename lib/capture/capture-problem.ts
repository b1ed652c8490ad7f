import type { Message } from '../i18n/message.ts';

/**
 * The one vocabulary of capture failures. The page side names why it gave no article; the
 * background adds what can go wrong around the page (the tab, the injection, the store). The
 * schemas of the messages between them are built from these lists, so the two cannot drift.
 */

/** Why a page gave no article: the document checks, the extraction, or the extract script crashing. */
export const PAGE_PROBLEMS = [
  'not-an-article',
  'empty',
  'too-large',
  /** The document was still being parsed (checkDocument). */
  'still-loading',
  /** A PDF or another document extensions cannot read (checkDocument). */
  'unsupported',
  /** captureArticle threw instead of returning a failure (the extract script catches it). */
  'crashed',
] as const;
export type PageProblem = (typeof PAGE_PROBLEMS)[number];

/** Why a capture stored nothing, as the popup and the toolbar badge report it. */
export const CAPTURE_PROBLEMS = [
  ...PAGE_PROBLEMS,
  'no-tab',
  'restricted',
  'injection-failed',
  'invalid-article',
  /** The tab went to another page (or another document) while it was being read. */
  'page-changed',
  /** An article of another site already holds the address this page claims. */
  'other-site',
  'tab-closed',
  'timed-out',
  /** The user did not allow Clean Capture to read the site of a page they are not looking at. */
  'not-permitted',
  'storage-full',
  'storage-failed',
] as const;
export type CaptureProblem = (typeof CAPTURE_PROBLEMS)[number];

/** A page that gave no article, and why. */
export interface CaptureFailure {
  ok: false;
  reason: PageProblem;
  /** What to tell the user, put into words in their language where it is shown. */
  message: Message;
}
