import { openDatabase, SCHEMA_VERSIONS } from '../../../lib/platform/store/db';
import { buildV1Database } from './build-v1-database';
import { FROZEN_V1_IDB_VERSION, FROZEN_V1_LAYOUT } from './frozen-schemas';
import { V1_ARTICLES } from './v1-articles';

/**
 * A library of the v1 articles as the schema versions before `version` leave it: built as the first
 * release stored it, then opened (and closed) with every version before `version` only.
 */
export async function buildLibraryBefore(name: string, version: number): Promise<void> {
  await buildV1Database({
    name,
    idbVersion: FROZEN_V1_IDB_VERSION,
    layout: FROZEN_V1_LAYOUT,
    articles: V1_ARTICLES,
  });
  const before = openDatabase(
    name,
    SCHEMA_VERSIONS.filter((schema) => schema.version < version),
  );
  await before.open();
  before.close();
}
