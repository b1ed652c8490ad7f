import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { UNREAD } from '../../../lib/reading-state/reading-state';
import { getStoredArticle } from '../../../lib/platform/store/article-store';
import { openDatabase, SCHEMA_VERSIONS, type CleanCaptureDb } from '../../../lib/platform/store/db';
import { buildLibraryBefore } from './build-library-before';
import { FROZEN_V6 } from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

// Version 6 adds the tables of saving to a folder and rewrites nothing: a library at the version
// before must come through whole (as version 4 left it: unread), with nothing recorded about a folder yet.

const open: CleanCaptureDb[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('schema version 6', () => {
  it('is declared as frozen', () => {
    expect(SCHEMA_VERSIONS.find((schema) => schema.version === 6)).toEqual(FROZEN_V6);
  });

  it('opens a library of the version before with every article as it was and no folder chosen', async () => {
    const name = 'v6-upgrade';
    await buildLibraryBefore(name, 6);
    const db = openDatabase(
      name,
      SCHEMA_VERSIONS.filter((schema) => schema.version <= 6),
    );
    open.push(db);
    await db.open();
    expect(db.verno).toBe(6);
    for (const original of V1_ARTICLES)
      expect(await getStoredArticle(db, original.id)).toStrictEqual({ ...original, ...UNREAD });
    expect(await db.mirrorFolder.count()).toBe(0);
    expect(await db.mirrorFiles.count()).toBe(0);
    expect(await db.mirrorConflicts.count()).toBe(0);
  });
});
