import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import sqlite3InitModule from '@sqlite.org/sqlite-wasm';
import type { StoredArticle } from '../../../lib/article';
import { stripMarkdown } from '../../../lib/markdown/markdown-to-plain-text';
import { MIN_PREFIX } from '../../../lib/search/article-search';
import { parseQuery } from '../../../lib/search/parse-query';
import type { SearchEngine } from './search-engine';

// Contentless (the articles are stored already) but with deletes, and full detail for phrases.
// The prefix index of 3-letter stems makes "gov*" a range read instead of a scan of the term list.
const SCHEMA = `CREATE VIRTUAL TABLE docs USING fts5(title, authors, site, body,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '3', content = '', contentless_delete = 1)`;
// Column weights as today's boosts: title 4, authors 3, site 2, body 1.
const RANKED = `SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 4, 3, 2, 1) LIMIT ?`;

const quote = (word: string) => `"${word.replaceAll('"', '""')}"`;

/** Our query syntax as an FTS5 match expression: every word, quoted phrases kept, the last word a prefix. */
export function toMatch(input: string): string | null {
  const { terms, phrases, prefix } = parseQuery(input);
  const inPhrase = new Set(phrases.flat());
  const parts = phrases.map((words) => quote(words.join(' ')));
  for (const term of terms) {
    if (inPhrase.has(term)) continue;
    parts.push(term === prefix && term.length >= MIN_PREFIX ? `${quote(term)}*` : quote(term));
  }
  return parts.length > 0 ? parts.join(' ') : null;
}

// Node's build of sqlite-wasm has no file system of its own but an in-memory one: the database is
// built there and copied to disk, and copied back in to be opened. SQLite still reads it page by page
// through its page cache, as it would from OPFS, but the copy counts in this process's memory.
const FILE = '/search.sqlite3';

/** SQLite FTS5 through the official WebAssembly build, one database file read page by page. */
export const sqliteFts5: SearchEngine = {
  name: '@sqlite.org/sqlite-wasm@3.54.1-build1 FTS5, in-memory file read page by page',
  async build(articles: readonly StoredArticle[], dir) {
    const sqlite3 = await sqlite3InitModule();
    const db = new sqlite3.oo1.DB(FILE, 'c');
    db.exec(['PRAGMA journal_mode = OFF;', SCHEMA]);
    const insert = db.prepare('INSERT INTO docs(rowid, title, authors, site, body) VALUES (?, ?, ?, ?, ?)');
    db.transaction(() => {
      for (const a of articles) {
        insert.bind([a.id, a.title, a.authors.join(', '), a.siteName ?? '', stripMarkdown(a.markdown)]);
        insert.stepReset();
      }
    });
    insert.finalize();
    // Merges the b-trees segments left by the inserts, as a rebuild would before it is used.
    db.exec(`INSERT INTO docs(docs) VALUES ('optimize')`);
    writeFileSync(join(dir, 'search.sqlite3'), sqlite3.capi.sqlite3_js_db_export(db));
    db.close();
    return sqlite3;
  },
  async open(dir) {
    const sqlite3 = await sqlite3InitModule();
    sqlite3.capi.sqlite3_js_posix_create_file(
      FILE,
      new Uint8Array(readFileSync(join(dir, 'search.sqlite3'))),
    );
    const db = new sqlite3.oo1.DB(FILE, 'r');
    const ranked = db.prepare(RANKED);
    return (query, limit) => {
      const match = toMatch(query);
      if (match === null) return [];
      const ids: number[] = [];
      ranked.bind([match, limit]);
      while (ranked.step()) ids.push(ranked.getInt(0) as number);
      ranked.reset();
      return ids;
    };
  },
  bundleEntry: `export { default } from '@sqlite.org/sqlite-wasm';`,
  bundleAssets: ['node_modules/@sqlite.org/sqlite-wasm/dist/sqlite3.wasm'],
};
