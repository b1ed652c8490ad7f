import type { PackedHits } from './article-search';
import type { AnswerMessage, CallMessage } from './worker-call';

/**
 * Messages between the library page and its search worker. The index (hundreds of MB at 10,000
 * articles) lives in the worker, so loading or rebuilding it never blocks scrolling or typing.
 */
/** What the index is doing while it gets ready: reading the saved one, or indexing articles. */
export type IndexPhase = 'loading' | 'building';

/** What a search answers. */
export interface SearchResults {
  hits: PackedHits;
  /** The saved index was still loading; articles not loaded yet matched on metadata only. */
  partial: boolean;
  /** Time the worker spent searching and packing, for the benchmark's breakdown. */
  ms: number;
}

/** The calls the page makes and waits on (see worker-call.ts). */
export type SearchWorkerCalls = {
  search: { arg: string; result: SearchResults };
};

export type SearchWorkerRequest =
  /** Re-read the articles and bring the index in step (on open, after deletes, undo, return to the tab). */
  { type: 'sync' } | CallMessage<SearchWorkerCalls>;

export type SearchWorkerReply =
  | { type: 'progress'; done: number; total: number; phase: IndexPhase }
  /** `unsearchable`: the articles whose text could not be indexed (found by title, authors and site only). */
  | { type: 'ready'; source: 'loaded' | 'rebuilt'; count: number; unsearchable: number[] }
  | AnswerMessage<SearchWorkerCalls>
  | { type: 'error'; message: string };
