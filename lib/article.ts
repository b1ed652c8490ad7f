import type { CaptureFailure } from './capture/capture-problem.ts';

/** A captured article: what the page side sends to the background worker, and what is stored. */
export interface Article {
  title: string;
  /** Author names, in page order; empty when the page names nobody. */
  authors: string[];
  siteName: string | null;
  /** ISO 8601, from meta tags, JSON-LD or `<time>`; null when the page gives none. */
  publishedTime: string | null;
  /** BCP 47 language tag of the article, e.g. `en`, `ar`. */
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  /** The standfirst or description. */
  excerpt: string | null;
  /** The address the page was captured from. */
  sourceUrl: string;
  /** `link rel=canonical` or `og:url`, else the source URL without its fragment. */
  canonicalUrl: string;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  /** ISO 8601. */
  capturedAt: string;
  /** The Markdown body, without front matter. */
  markdown: string;
  /**
   * Present (and true) when only a selected part of the page was saved: an excerpt. Absent on whole
   * articles, so records and exports made before excerpts existed read the same.
   */
  selection?: true;
  /**
   * Present (and true) on an entry moved in from a reading list that exported only its address,
   * title and tags (Pocket, Instapaper): the page has not been captured yet, so the text is empty
   * until it is. Absent on everything captured, so older records read the same.
   */
  notCaptured?: true;
}

/** An article, or why the page gave none. */
export type CaptureResult = { ok: true; article: Article } | CaptureFailure;

/** Where an article stands for its reader: not read yet, read to the end, or put away. */
export type ArticleStatus = 'unread' | 'read' | 'archived';

/** An article's reading state: its status and how far down it was read (0 to 1). */
export interface ReadingState {
  status: ArticleStatus;
  /** The share of the body scrolled past, 0 (not opened) to 1 (the end). */
  progress: number;
}

/** An article as stored: every field but the body, which lives in its own table so lists never load it. */
export interface ArticleRecord extends Omit<Article, 'markdown'>, ReadingState {
  id: number;
  tags: string[];
}

/** A stored article with its body, as exports and the reading view use it. */
export interface StoredArticle extends ArticleRecord {
  markdown: string;
}
