import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  createArticleSearch,
  indexArticle,
  loadSegment,
  searchArticles,
  type StoredSegment,
} from '../../../lib/search/article-search';
import { serialiseSearch } from '../../search/stored-search';
import type { SearchEngine } from './search-engine';

/** Today's index: MiniSearch segments of 2,000 articles, every one loaded before the first search. */
export const minisearchWhole: SearchEngine = {
  name: 'minisearch@7.2.0 segments, loaded whole (today)',
  async build(articles, dir) {
    const index = createArticleSearch();
    for (const a of articles) indexArticle(index, a);
    writeFileSync(join(dir, 'segments.json'), JSON.stringify(serialiseSearch(index)));
    return index;
  },
  async open(dir) {
    const stored = JSON.parse(readFileSync(join(dir, 'segments.json'), 'utf8')) as StoredSegment[];
    const index = createArticleSearch();
    for (const segment of stored) loadSegment(index, segment);
    return (query, limit) => searchArticles(index, query, limit).map((h) => h.id);
  },
  bundleEntry: `export { loadSegment, searchArticles } from './lib/search/article-search';`,
};
