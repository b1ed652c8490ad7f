import { leaveForPage, takeFromHead } from '../../lib/platform/early-handoff';
import type { SearchWorkerReply, SearchWorkerRequest } from '../../lib/search/search-worker-protocol';

/**
 * Where the build puts the search worker: workers keep their names unhashed (wxt.config.ts), so the
 * head script, a plain script without Vite's worker import, can start it by name.
 */
export const SEARCH_WORKER_URL = '/assets/search-worker.js';

const EARLY_WORKER_KEY = '__cleanCaptureSearchWorker';

/** A search worker the head script started, with what it said before the page listened. */
export interface EarlySearchWorker {
  worker: Worker;
  replies: MessageEvent<SearchWorkerReply>[];
  /** Its script did not load (a build that named it otherwise): the page starts its own. */
  failed: boolean;
  /** It failed after it had answered: the page reports it as it would its own worker's failure. */
  error?: string;
}

/**
 * Starts the search worker, asked for its first sync, and keeps its replies for the page. Run by
 * the library's head script (entrypoints/library-start.ts): loading the worker, SQLite's
 * WebAssembly and the index's file then overlaps the page's own modules loading, instead of
 * waiting for the page's first paint.
 */
export function startSearchWorkerEarly(
  scope: object = globalThis,
  create: (url: string) => Worker = (url) => new Worker(url),
): void {
  const worker = create(SEARCH_WORKER_URL);
  const early: EarlySearchWorker = { worker, replies: [], failed: false };
  worker.onmessage = (event: MessageEvent<SearchWorkerReply>) => void early.replies.push(event);
  worker.onerror = (event: ErrorEvent) => {
    early.failed = early.replies.length === 0;
    if (!early.failed) early.error = event.message ?? '';
  };
  const request: SearchWorkerRequest = { type: 'sync' };
  worker.postMessage(request);
  leaveForPage(scope, EARLY_WORKER_KEY, early);
}

/**
 * The worker the head script started, taken once, if it is running; undefined when the head did
 * not run or its worker failed to load (then it is ended).
 */
export function takeEarlySearchWorker(scope: object = globalThis): EarlySearchWorker | undefined {
  const early = takeFromHead(scope, EARLY_WORKER_KEY) as EarlySearchWorker | undefined;
  if (!early?.failed) return early;
  early.worker.terminate();
  return undefined;
}
