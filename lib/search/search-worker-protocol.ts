import type { PackedHits } from './article-search';

/**
 * Messages between the library page and its search worker. The index (hundreds of MB at 10,000
 * articles) lives in the worker, so loading or rebuilding it never blocks scrolling or typing.
 */
/** What the index is doing while it gets ready: reading the saved one, or indexing articles. */
export type IndexPhase = 'loading' | 'building';

export type SearchWorkerRequest =
  /** Re-read the articles and bring the index in step (on open, after deletes, undo, return to the tab). */
  { type: 'sync' } | { type: 'search'; seq: number; query: string };

export type SearchWorkerReply =
  | { type: 'progress'; done: number; total: number; phase: IndexPhase }
  /** `unsearchable`: the articles whose text could not be indexed (found by title, authors and site only). */
  | { type: 'ready'; source: 'loaded' | 'rebuilt'; count: number; unsearchable: number[] }
  /** `partial`: the saved index was still loading; articles not loaded yet matched on metadata only. */
  /** `ms`: time the worker spent searching and packing, for the benchmark's breakdown. */
  | { type: 'results'; seq: number; hits: PackedHits; partial: boolean; ms: number }
  | { type: 'error'; message: string };
