import type { PackedHits } from './article-search';
import type { AnswerMessage, CallMessage, FailedMessage } from './worker-call';

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
  /** Only the ranked head was asked for and more articles match: ask again with `whole`. */
  more: boolean;
}

/** A search: what was typed, and whether every match is wanted or the ranked head is enough. */
export interface SearchRequest {
  query: string;
  whole: boolean;
}

/** Which index answers: SQLite FTS5 on OPFS, or MiniSearch in IndexedDB where OPFS is not granted. */
export type SearchEngineName = 'fts5' | 'minisearch';

/** The calls the page makes and waits on (see worker-call.ts). */
export type SearchWorkerCalls = {
  search: { arg: SearchRequest; result: SearchResults };
};

export type SearchWorkerRequest =
  /** Re-read the articles and bring the index in step (on open, after deletes, undo, return to the tab). */
  | { type: 'sync' }
  /**
   * Stop indexing (the user's Stop on a rebuild's progress) for as long as this worker lives: what is
   * indexed stays, the rest is found by title, authors and site until the library is opened again.
   */
  | { type: 'stop-indexing' }
  | CallMessage<SearchWorkerCalls>;

export type SearchWorkerReply =
  | { type: 'progress'; done: number; total: number; phase: IndexPhase }
  /** `unsearchable`: the articles whose text could not be indexed (found by title, authors and site only). */
  | {
      type: 'ready';
      source: 'loaded' | 'rebuilt';
      count: number;
      unsearchable: number[];
      engine: SearchEngineName;
      /** The index's size on disk, when the worker knows it (FTS5's file; MiniSearch is measured by the page). */
      bytes: number | null;
      /**
       * The worker goes on merging the index's segments (fts5-merge.ts): searches are answered
       * meanwhile; it says ready again when the merge is done.
       */
      merging: boolean;
    }
  | AnswerMessage<SearchWorkerCalls>
  /** A search the worker could not answer. */
  | FailedMessage
  /** The index could not be opened or brought in step: full-text search stops, the rest goes on. */
  | { type: 'error'; message: string };
