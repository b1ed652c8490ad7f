import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createArticleSearch,
  indexArticle,
  loadSegment,
  searchArticles,
} from '../../../lib/search/article-search';
import { serialiseSearch } from '../../search/stored-search';
import type { SearchEngine } from './search-engine';

/** Today's index: MiniSearch segments of 2,000 articles, every one loaded before the first search. */
export const minisearchWhole: SearchEngine = {
  name: 'minisearch@7.2.0 segments, loaded whole (today)',
  async build(articles, dir) {
    const index = createArticleSearch();
    for (const a of articles) indexArticle(index, a);
    // One file per segment, as IndexedDB keeps one record per segment (and 100,000 articles' JSON
    // would pass V8's longest string).
    for (const { key, json } of serialiseSearch(index)) writeFileSync(join(dir, `${key}.json`), json);
    return index;
  },
  async open(dir) {
    const index = createArticleSearch();
    for (const file of readdirSync(dir)) {
      loadSegment(index, { key: Number.parseInt(file, 10), json: readFileSync(join(dir, file), 'utf8') });
    }
    return (query, limit) => searchArticles(index, query, limit).map((h) => h.id);
  },
  bundleEntry: `export { loadSegment, searchArticles } from './lib/search/article-search';`,
};
