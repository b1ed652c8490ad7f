import 'fake-indexeddb/auto';
import { onTestFinished } from 'vitest';
import type { Article } from '../../lib/article';
import {
  openDatabase,
  SCHEMA_VERSIONS,
  type CleanCaptureDb,
  type SchemaVersion,
} from '../../lib/platform/store/db';
import { saveArticle } from '../../lib/platform/store/save-article';
import { makeArticle } from '../articles/article-factory';

/*
 * The one database fixture for platform tests: fake-indexeddb, a fresh database per call, deleted
 * when the test that opened it finishes (pass or fail), and articles saved the way a capture saves them.
 */

let opened = 0;

/** A new, empty database of its own, deleted when the current test finishes. Call it in a test or beforeEach. */
export function openTestDatabase(versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): CleanCaptureDb {
  const db = openDatabase(`test-database-${++opened}`, versions);
  onTestFinished(async () => {
    db.close();
    await db.delete();
  });
  return db;
}

/** Saves `makeArticle(overrides)` as a capture would, and returns its id. */
export async function storeArticle(db: CleanCaptureDb, overrides: Partial<Article> = {}): Promise<number> {
  const result = await saveArticle(db, makeArticle(overrides), { replace: false });
  if (result.status !== 'saved') throw new Error(`The test article was not saved: ${result.status}.`);
  return result.id;
}
