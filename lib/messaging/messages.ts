import * as v from 'valibot';
import { ArticleShapeSchema } from '../articles/article-schema';
import { CAPTURE_PROBLEMS, PAGE_PROBLEMS } from '../capture/capture-problem';

/**
 * The one message protocol between our extension pages, the injected extract script and the
 * background worker. Every message has a schema; the background parses what it receives instead of
 * trusting a cast, and the page parses the answer the same way.
 */

/** What the injected extract script hands back through `scripting.executeScript`. */
export const ExtractResultSchema = v.variant('ok', [
  // Only the article's shape: its sizes and formats are fitted and checked by the background
  // (fitArticle) before anything is stored.
  v.object({ ok: v.literal(true), article: ArticleShapeSchema }),
  v.object({
    ok: v.literal(false),
    reason: v.picklist(PAGE_PROBLEMS),
    message: v.string(),
  }),
]);
export type ExtractResult = v.InferOutput<typeof ExtractResultSchema>;

/** Options the background hands the extract script, set in its isolated world just before it runs. */
export const ExtractOptionsSchema = v.object({ wholePage: v.boolean() });
export type ExtractOptions = v.InferOutput<typeof ExtractOptionsSchema>;
/** The isolated-world global that carries {@link ExtractOptions}; only our own scripts can see it. */
export const EXTRACT_OPTIONS_KEY = '__cleanCaptureExtractOptions';

/** Why a capture stored nothing (see capture-problem.ts). */
export const CaptureProblemSchema = v.picklist(CAPTURE_PROBLEMS);

/** The result of capturing a tab, as the popup and the toolbar badge show it. */
export const CaptureOutcomeSchema = v.variant('status', [
  v.object({
    status: v.literal('saved'),
    id: v.number(),
    title: v.string(),
    replaced: v.boolean(),
    /** What capture changed to fit the article within limits (a title cut, images left out). */
    notes: v.optional(v.array(v.string())),
  }),
  v.object({ status: v.literal('duplicate'), id: v.number(), title: v.string() }),
  v.object({
    status: v.literal('failed'),
    problem: CaptureProblemSchema,
    message: v.string(),
    /** True when the page simply did not look like an article, so saving it whole may help. */
    canSaveWholePage: v.boolean(),
  }),
]);
export type CaptureOutcome = v.InferOutput<typeof CaptureOutcomeSchema>;

/** Popup → background: capture the active tab of the current window. */
export const CaptureActiveTabSchema = v.object({
  type: v.literal('capture-active-tab'),
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
export type CaptureActiveTab = v.InferOutput<typeof CaptureActiveTabSchema>;

/** Every request the background accepts. */
export const RequestSchema = v.variant('type', [CaptureActiveTabSchema]);
export type Request = v.InferOutput<typeof RequestSchema>;

/** The answer schema for each request type. */
export const ResponseSchemas = {
  'capture-active-tab': CaptureOutcomeSchema,
} satisfies Record<Request['type'], v.GenericSchema>;

export type ResponseFor<T extends Request['type']> = v.InferOutput<(typeof ResponseSchemas)[T]>;
export type RequestOf<T extends Request['type']> = Extract<Request, { type: T }>;

/** One handler per request type; the compiler checks that none is missing. */
export type RequestHandlers<Sender> = {
  [T in Request['type']]: (request: RequestOf<T>, sender: Sender) => Promise<ResponseFor<T>>;
};

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

/**
 * Parses an incoming message and runs its handler. Unknown or malformed messages get a rejected
 * promise with a readable reason, never a guess.
 */
export function dispatchRequest<Sender>(
  message: unknown,
  sender: Sender,
  handlers: RequestHandlers<Sender>,
): Promise<unknown> {
  const parsed = v.safeParse(RequestSchema, message);
  if (!parsed.success) {
    return Promise.reject(new Error(`Malformed message: ${v.summarize(parsed.issues)}`));
  }
  return runHandler(parsed.output, sender, handlers);
}

function runHandler<T extends Request['type'], Sender>(
  request: RequestOf<T>,
  sender: Sender,
  handlers: RequestHandlers<Sender>,
): Promise<ResponseFor<T>> {
  const handler = handlers[request.type] as RequestHandlers<Sender>[T];
  return handler(request, sender);
}

/** Checks an answer against the schema of the request that asked for it. */
export function parseResponse<T extends Request['type']>(type: T, response: unknown): ResponseFor<T> {
  const parsed = v.safeParse(ResponseSchemas[type], response);
  if (!parsed.success) throw new Error(`Unexpected answer to ${type}: ${v.summarize(parsed.issues)}`);
  return parsed.output as ResponseFor<T>;
}
