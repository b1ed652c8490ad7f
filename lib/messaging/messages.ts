import * as v from 'valibot';
import { ArticleShapeSchema } from '../articles/article-schema';
import { PAGE_PROBLEMS, type CaptureProblem } from '../capture/capture-problem';
import { MarkdownStyleSchema } from '../markdown/markdown-style';
import { MessageSchema, type Message } from '../i18n/message';

/**
 * The messages between our extension pages, the injected extract script and the background worker.
 * What arrives from elsewhere is parsed with a schema instead of trusted as a cast: the extract
 * script's result (it runs in the page) and the fields of a request.
 */

/** What the injected extract script hands back through `scripting.executeScript`. */
export const ExtractResultSchema = v.variant('ok', [
  // Only the article's shape: its sizes and formats are fitted and checked by the background
  // (fitArticle) before anything is stored.
  v.object({
    ok: v.literal(true),
    article: ArticleShapeSchema,
    /** The page shows MathML without TeX that this pass kept as text: worth a pass with the converter. */
    unconvertedMathml: v.optional(v.literal(true)),
  }),
  v.object({
    ok: v.literal(false),
    reason: v.picklist(PAGE_PROBLEMS),
    message: MessageSchema,
  }),
]);
export type ExtractResult = v.InferOutput<typeof ExtractResultSchema>;

/** Options the background hands the extract script, set in its isolated world just before it runs. */
export const ExtractOptionsSchema = v.object({
  wholePage: v.boolean(),
  /** Save only what is selected in the page, as an excerpt. */
  selection: v.optional(v.boolean()),
  /** How to write the Markdown (the user's settings); the default style without it. */
  markdownStyle: v.optional(MarkdownStyleSchema),
});
export type ExtractOptions = v.InferOutput<typeof ExtractOptionsSchema>;
/** The isolated-world global that carries {@link ExtractOptions}; only our own scripts can see it. */
export const EXTRACT_OPTIONS_KEY = '__cleanCaptureExtractOptions';

/** The result of capturing a tab, as the popup and the toolbar badge show it. */
export type CaptureOutcome =
  | {
      status: 'saved';
      id: number;
      title: string;
      replaced: boolean;
      /** Only the selected part of the page was saved. */
      excerpt?: boolean;
      /** What capture changed to fit the article within limits (a title cut, images left out). */
      notes?: Message[];
    }
  | { status: 'duplicate'; id: number; title: string }
  | {
      status: 'failed';
      problem: CaptureProblem;
      /** Why, put into words where it is shown, in that page's language. */
      message: Message;
      /** True when the page simply did not look like an article, so saving it whole may help. */
      canSaveWholePage: boolean;
    };

/** Popup → background: capture a tab. Checked by the background, since it crosses a process boundary. */
export const CaptureRequestSchema = v.object({
  /** Replace the stored copy of the same page instead of reporting a duplicate. */
  replace: v.boolean(),
  /** Keep the whole page instead of only the article Readability finds. */
  wholePage: v.boolean(),
  /**
   * The tab the popup was opened over. Without it the background takes the active tab of the last
   * focused window, which may be another window's by the time the message arrives.
   */
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type CaptureRequest = v.InferOutput<typeof CaptureRequestSchema>;

/** Popup → background: fetch the images of a saved article that are not stored yet. */
export const KeepImagesRequestSchema = v.object({
  articleId: v.pipe(v.number(), v.integer(), v.minValue(1)),
  /**
   * `waiting`: a page sees images still waiting, so the run under way is joined, or a stopped one
   * resumed. Otherwise (other sites were just allowed) a new pass fetches what is left.
   */
  because: v.optional(v.picklist(['waiting'])),
});
export type KeepImagesRequest = v.InferOutput<typeof KeepImagesRequestSchema>;

/** Allow-site page → background: save the article behind a link, once its site is allowed. */
export const LinkRequestSchema = v.object({
  url: v.pipe(v.string(), v.url()),
  /** The tab the link was clicked in: its toolbar button shows the outcome. */
  tabId: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});
export type LinkRequest = v.InferOutput<typeof LinkRequestSchema>;

/** Popup → background: save every tab of a window (or, with `cancel`, stop the run). */
export const BatchRequestSchema = v.object({
  windowId: v.pipe(v.number(), v.integer()),
  cancel: v.boolean(),
});
export type BatchRequest = v.InferOutput<typeof BatchRequestSchema>;

/** What fetching an article's images did, as the popup tells it. */
export interface KeepImagesOutcome {
  stored: number;
  failed: number;
}

/**
 * Every message the background answers, for @webext-core/messaging: what the message carries →
 * what the answer is. The compiler checks both ends against it.
 */
export interface MessageProtocol {
  captureActiveTab(request: CaptureRequest): CaptureOutcome;
  keepImagesOffline(request: KeepImagesRequest): KeepImagesOutcome;
  captureLink(request: LinkRequest): CaptureOutcome;
  /** Answers at once; progress and the summary follow in session storage (batch-state-store). */
  saveAllTabs(request: BatchRequest): void;
  /** A page stored, changed or deleted articles itself (the popup's Delete and Undo): index them soon. */
  articlesChanged(): void;
  /** The search indexer page finished its pass (search-index-host.ts), with what it came to. */
  searchIndexed(outcome: IndexerOutcome): void;
}

/** What the search indexer page reports when its pass ends (see catch-up-index-alone.ts), or `failed`. */
export const IndexerOutcomeSchema = v.picklist(['indexed', 'yielded', 'held', 'unavailable', 'failed']);
export type IndexerOutcome = v.InferOutput<typeof IndexerOutcomeSchema>;

/** The parts of a message sender we check; matches both Chrome's and Firefox's `MessageSender`. */
export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * Whether a message comes from one of our own extension pages (popup, library). Content of web
 * pages never talks to the background: our injected script answers through executeScript instead.
 */
export function isTrustedSender(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && typeof sender.url === 'string' && sender.url.startsWith(ownOrigin);
}
