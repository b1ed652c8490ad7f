import 'fake-indexeddb/auto';
import { expect, it } from 'vitest';
import { NEWEST_ARTICLES_DATABASE } from '../../../lib/platform/store/articles-database';
import { openDatabase } from '../../../lib/platform/store/db';
import { nativeDatabaseOf } from '../../../lib/platform/store/read-newest-articles';

it('names the database and version the newest schema declares', () => {
  expect(NEWEST_ARTICLES_DATABASE).toEqual(nativeDatabaseOf(openDatabase()));
});
