import type { NativeDatabase } from './read-newest-articles';

/** The articles database's name. */
export const ARTICLES_DATABASE_NAME = 'clean-capture';

/**
 * The articles database as the newest schema in db.ts declares it (Dexie's version × 10), known
 * without loading Dexie, so a page can start its first read before the rest of its code arrives.
 * tests/platform/store/articles-database.test.ts fails when a new schema version forgets it.
 */
export const NEWEST_ARTICLES_DATABASE: NativeDatabase = { name: ARTICLES_DATABASE_NAME, version: 70 };
