import type { StoredArticle } from '../../../lib/article';

/** Ranked article ids, best first. */
export type Search = (query: string, limit: number) => number[];

/**
 * A full-text engine as the search bench drives it: built once from the articles into files under a
 * folder (the persisted form, as IndexedDB or OPFS would hold it), then opened from there in a fresh
 * process, so the memory figures count only what opening and searching keep.
 */
export interface SearchEngine {
  name: string;
  /** Resolves to what the build holds in memory, kept alive until the bench has measured it. */
  build(articles: readonly StoredArticle[], dir: string): Promise<unknown>;
  open(dir: string): Promise<Search>;
  /** What a page or worker would import, for the bundle-size figure. */
  bundleEntry: string;
  /** Files shipped beside the bundle (a .wasm), for the bundle-size figure. */
  bundleAssets?: string[];
}
