import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type {
  IndexPhase,
  SearchEngineName,
  SearchWorkerCalls,
  SearchWorkerReply,
  SearchWorkerRequest,
} from '../../lib/search/search-worker-protocol';
import { createWorkerCaller } from '../../lib/search/worker-call';
import { unpackHits, type SearchHit } from '../../lib/search/article-search';
import { messageOf } from '../../lib/message-of';
// Vite bundles the worker with its imports and gives back a constructor.
import SearchWorker from './search-worker?worker';
import { takeEarlySearchWorker } from './early-search-worker';

export interface IndexState {
  ready: boolean;
  phase: IndexPhase;
  done: number;
  total: number;
  /** Goes up each time the index changed (or loaded another part), so results are searched again. */
  version: number;
  /**
   * The index's size as the worker measured it (FTS5), null when the page must measure it
   * (MiniSearch in IndexedDB), undefined until the worker has said which.
   */
  bytes?: number | null;
  /** Which index answers, once the worker is ready (for tests and the benchmark). */
  engine?: SearchEngineName;
  /** The worker is merging the index's segments after a bulk pass (for tests and the benchmark). */
  merging?: boolean;
  /** Full-text search stopped, and why ('' when the browser gave no reason); metadata search goes on. */
  failed?: string;
}

/** What the worker answered: hits in rank order; `partial` while the saved index is still loading. */
export interface SearchAnswer {
  hits: SearchHit[];
  partial: boolean;
  /** Time the worker took, in ms. */
  workerMs: number;
  /** Only the ranked head came back; more articles match. */
  more: boolean;
}

/** How long a library tab stays in the background before its worker lets go of the index. */
const HIDDEN_GRACE_MS = 2000;

/** Whether the worker can answer searches: the index is ready, or the saved one is loading part by part. */
export function canSearch(state: IndexState): boolean {
  return state.ready || (state.phase === 'loading' && state.done > 0);
}

/**
 * Starts the library's search worker and offers `search` and `sync` on it, with the index state and
 * the ids of the articles whose text could not be indexed.
 */
export function useSearchWorker() {
  const worker = useRef<Worker | null>(null);
  const caller = useRef(
    createWorkerCaller<SearchWorkerCalls>((call) => {
      const request: SearchWorkerRequest = call;
      worker.current?.postMessage(request);
    }),
  );
  const [state, setState] = useState<IndexState>({
    ready: false,
    phase: 'loading',
    done: 0,
    total: 0,
    version: 0,
  });
  const [unsearchable, setUnsearchable] = useState<readonly number[]>([]);

  useEffect(() => {
    const start = () => {
      // The worker the page's head script started (early-search-worker.ts), once; a new one when
      // it did not run, and when the tab comes back.
      const early = takeEarlySearchWorker();
      const w = early?.worker ?? new SearchWorker();
      worker.current = w;
      const onReply = (event: MessageEvent<SearchWorkerReply>) => {
        const reply = event.data;
        if (reply.type === 'progress')
          setState((s) => ({
            ...s,
            done: reply.done,
            total: reply.total,
            phase: reply.phase,
            // Each loaded part of the saved index widens what a search finds: search again.
            version: reply.phase === 'loading' ? s.version + 1 : s.version,
          }));
        else if (reply.type === 'ready') {
          setUnsearchable(reply.unsearchable);
          setState((s) => ({
            ...s,
            ready: true,
            done: reply.count,
            total: reply.count,
            version: s.version + 1,
            bytes: reply.bytes,
            engine: reply.engine,
            merging: reply.merging,
          }));
        } else if (reply.type === 'answer' || reply.type === 'failed') caller.current.settle(reply);
        else setState((s) => ({ ...s, failed: reply.message }));
      };
      // The worker itself failed (its script, or an error it did not catch): it answers nothing
      // more, so searches waiting on it fail and the page searches titles, authors and sites.
      const onCrash = (reason: string) => {
        w.terminate();
        if (worker.current === w) worker.current = null;
        caller.current.abandon(reason || 'the search worker stopped');
        setState((s) => ({ ...s, ready: false, phase: 'loading', done: 0, total: 0, failed: reason }));
      };
      w.onmessage = onReply;
      w.onerror = (event: ErrorEvent) => {
        event.preventDefault();
        onCrash(event.message ?? '');
      };
      if (early) {
        for (const reply of early.replies) onReply(reply);
        if (early.error !== undefined) onCrash(early.error);
      } else {
        const request: SearchWorkerRequest = { type: 'sync' };
        w.postMessage(request);
      }
    };
    const stop = () => {
      worker.current?.terminate();
      worker.current = null;
    };
    start();
    // The FTS5 index has one owner at a time (open-fts5-database.ts). A tab left in the background
    // lets go of it, so another library tab can search the full text; it takes it back on return,
    // searching titles, authors and sites until then. A rebuild stopped this way goes on then.
    let hiddenTimer: ReturnType<typeof setTimeout> | undefined;
    const onVisibility = () => {
      clearTimeout(hiddenTimer);
      if (document.visibilityState === 'hidden') hiddenTimer = setTimeout(stop, HIDDEN_GRACE_MS);
      else if (!worker.current) {
        setState((s) => ({ ...s, ready: false, phase: 'loading', done: 0, total: 0, failed: undefined }));
        start();
      }
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      clearTimeout(hiddenTimer);
      stop();
    };
  }, []);

  const search = useCallback(async (query: string, whole: boolean): Promise<SearchAnswer> => {
    const answer = await caller.current.call('search', { query, whole }).catch((error: unknown) => {
      setState((s) => ({ ...s, failed: messageOf(error) }));
      throw error;
    });
    const { hits, partial, ms, more } = answer;
    return { hits: unpackHits(hits), partial, workerMs: ms, more };
  }, []);
  const sync = useCallback(() => {
    const request: SearchWorkerRequest = { type: 'sync' };
    worker.current?.postMessage(request);
  }, []);
  /** The user's Stop on a rebuild's progress: the worker indexes nothing more while this tab keeps it. */
  const stopIndexing = useCallback(() => {
    const request: SearchWorkerRequest = { type: 'stop-indexing' };
    worker.current?.postMessage(request);
  }, []);
  return { indexState: state, unsearchable, search, sync, stopIndexing };
}
