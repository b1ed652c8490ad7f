import type { Article, ReadingState } from '../article';
import type { Message } from '../i18n/message';
import type { SkippedFile } from './read-export-zip';

/** The tools whose exports the library can move in from, besides its own zip. */
export type ForeignFormat =
  'markdown' | 'omnivore' | 'wallabag' | 'instapaper' | 'pocket-csv' | 'pocket-html';

/**
 * One saved page as another tool's export describes it, before it is made into an article. Each
 * format's reader fills what its export has; the rest is null or empty.
 */
export interface ForeignArticle {
  /** Where it is in the export (a file name, or "row 12" as a message), for the preview's notes. */
  origin: Message | string;
  /** The page's address as the tool saved it. */
  url: string;
  title: string | null;
  authors: string[];
  siteName: string | null;
  /** As the export writes it; dates that are not dates are left out with a note later. */
  publishedTime: string | null;
  /** When the user saved it in the tool (ISO 8601), kept as our capture time. */
  savedAt: string | null;
  excerpt: string | null;
  leadImage: string | null;
  lang: string | null;
  tags: string[];
  /** The text: Markdown kept as it is, HTML converted as a capture would; null when the export has none. */
  body: { kind: 'markdown'; text: string } | { kind: 'html'; text: string } | null;
  /** The user had archived it (finished with it) in the tool: it comes in with status `archived`. */
  archived: boolean;
  /** The user's highlights, in the tool's order, to be placed in the text as the library's own. */
  highlights: ForeignHighlight[];
  /** A file our own export wrote: the article exactly as it was, and the reading state it names. */
  exact?: { article: Article; state: Partial<ReadingState> };
}

/**
 * A highlight as another tool exports it: the quoted text (empty for a note on the whole article)
 * and the user's note, with when it was made (ISO 8601) where the export says.
 */
export interface ForeignHighlight {
  quote: string;
  note: string;
  createdAt: string | null;
}

/** What a format's reader found: the pages, and the entries it had to leave out with why. */
export type ForeignRead =
  | { ok: true; format: ForeignFormat; articles: ForeignArticle[]; skipped: SkippedFile[] }
  | { ok: false; message: Message | string };

/** A ForeignArticle with only what every export has: the rest empty, for readers to fill. */
export function foreignArticle(origin: Message | string, url: string): ForeignArticle {
  return {
    origin,
    url,
    title: null,
    authors: [],
    siteName: null,
    publishedTime: null,
    savedAt: null,
    excerpt: null,
    leadImage: null,
    lang: null,
    tags: [],
    body: null,
    archived: false,
    highlights: [],
  };
}
