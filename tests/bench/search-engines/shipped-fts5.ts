import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import type { StoredArticle } from '../../../lib/article';
import { indexFtsArticles, prepareFtsTables } from '../../../lib/search/fts5-index';
import { searchFts } from '../../../lib/search/fts5-search';
import type { SearchEngine } from './search-engine';

// As in sqlite-fts5.ts, Node's build has only an in-memory file system: the file is copied in.
const FILE = '/shipped.sqlite3';
/** Articles per transaction, as the search worker indexes them. */
const BATCH = 200;

/**
 * The FTS5 index the library ships (lib/search/fts5-index.ts and fts5-search.ts): our tokens,
 * function words out of bodies, a 3-letter prefix index and a table of 4-letter stems, and the top-k cut for common words. A search
 * asks for the ranked head, as the library's first answer does.
 */
export const shippedFts5: SearchEngine = {
  name: 'shipped FTS5 (lib/search/fts5-*.ts), ranked head',
  async build(articles: readonly StoredArticle[], dir) {
    const sqlite3 = await sqlite3InitModule();
    const db = new sqlite3.oo1.DB(FILE, 'c');
    db.exec('PRAGMA journal_mode = OFF');
    prepareFtsTables(db);
    for (let i = 0; i < articles.length; i += BATCH)
      indexFtsArticles(
        db,
        articles.slice(i, i + BATCH).map((a) => ({ ...a, stamp: a.capturedAt })),
      );
    writeFileSync(join(dir, 'shipped.sqlite3'), sqlite3.capi.sqlite3_js_db_export(db));
    db.close();
    return sqlite3;
  },
  async open(dir) {
    const sqlite3 = await sqlite3InitModule();
    sqlite3.capi.sqlite3_js_posix_create_file(
      FILE,
      new Uint8Array(readFileSync(join(dir, 'shipped.sqlite3'))),
    );
    const db = new sqlite3.oo1.DB(FILE, 'r');
    return (query, limit) =>
      searchFts(db, query, false)
        .hits.slice(0, limit)
        .map((h) => h.id);
  },
  bundleEntry: `export { default } from '@sqlite.org/sqlite-wasm';`,
  bundleAssets: ['node_modules/@sqlite.org/sqlite-wasm/dist/sqlite3.wasm'],
};
