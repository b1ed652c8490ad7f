import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRecord } from '../article';

export interface ArticleBody {
  id: number;
  markdown: string;
}

export type CleanCaptureDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
};

/**
 * Every schema version, oldest first. Versions only ever move forward: add a new
 * `db.version(n + 1)` with its upgrade, never edit one that has shipped.
 */
export function openDatabase(name = 'clean-capture'): CleanCaptureDb {
  const db = new Dexie(name) as CleanCaptureDb;
  db.version(1).stores({
    // capturedAt: newest-first listing; &canonicalUrl: one copy per page; *tags: tag filter.
    articles: '++id, &canonicalUrl, capturedAt, title, siteName, *tags',
    bodies: 'id',
  });
  return db;
}

let shared: CleanCaptureDb | undefined;

/** The database of this extension context (popup, library or worker), opened on first use. */
export function getDatabase(): CleanCaptureDb {
  shared ??= openDatabase();
  return shared;
}
