import type { NativeDatabase } from './read-newest-articles';

/**
 * The articles database as plain IndexedDB names it, without Dexie: its name, and the IndexedDB
 * version of the newest schema in db.ts (Dexie opens schema n as n × 10). For a page's first read
 * before its code (and Dexie) has loaded; tests/platform/store/read-newest-articles.test.ts checks
 * both against db.ts, so a new schema version there fails that test until this follows.
 */
export const ARTICLES_DATABASE: NativeDatabase = { name: 'clean-capture', version: 70 };
