import { Dexie, type EntityTable, type Transaction } from 'dexie';
import type { ArticleRecord } from '../../article';

export interface ArticleBody {
  id: number;
  markdown: string;
}

export type CleanCaptureDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
};

/** One schema version: the stores it declares (Dexie syntax) and the data change run on reaching it. */
export interface SchemaVersion {
  version: number;
  stores: Readonly<Record<string, string | null>>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

/**
 * Every schema version, oldest first. Versions only ever move forward: a shipped version is never
 * edited, its stores and indexes are never dropped by a later one while code still reads them.
 * `tests/platform/upgrade/` holds version 1 frozen as released and fails if this list breaks it.
 *
 * Adding version 2 (say, an `updatedAt` index filled from `capturedAt`):
 * 1. Write the data change as a pure function in `lib/` (plain records in, records out, e.g.
 *    `lib/upgrades/upgrade-to-v2.ts` exporting `upgradeToV2`) with a table of cases in `tests/`.
 * 2. Append `{ version: 2, stores: { articles: '++id, &canonicalUrl, capturedAt, title, siteName,
 *    *tags, updatedAt' }, upgrade: (tx) => mapRecords(tx, 'articles', upgradeToV2) }`. List only the
 *    tables whose indexes change; Dexie keeps the others.
 * 3. Freeze version 2 beside version 1 in `tests/platform/upgrade/frozen-schemas.ts`, and give the
 *    fixture builder a v2 writer, so the next upgrade is tested from v2 as this one is from v1.
 * 4. Fill a database with the v1 builder, open it with `openDatabase`, assert every field survived
 *    and the transform ran (`tests/platform/upgrade/example-v2-upgrade.test.ts` shows the pattern).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // capturedAt: newest-first listing; &canonicalUrl: one copy per page; *tags: tag filter.
      articles: '++id, &canonicalUrl, capturedAt, title, siteName, *tags',
      bodies: 'id',
    },
  },
];

/** Opens the articles database, declaring every schema version (tests may pass a longer list). */
export function openDatabase(
  name = 'clean-capture',
  versions: readonly SchemaVersion[] = SCHEMA_VERSIONS,
): CleanCaptureDb {
  const db = new Dexie(name) as CleanCaptureDb;
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores({ ...stores });
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

/**
 * Rewrites every record of a table through a pure transform, inside a version's upgrade. The
 * transform gets a copy, so it can be tested on plain objects and never sees Dexie.
 */
export function mapRecords<From, To>(
  tx: Transaction,
  table: string,
  transform: (record: From) => To,
): Promise<number> {
  return tx
    .table(table)
    .toCollection()
    .modify((value: From, ref: { value: unknown }) => {
      ref.value = transform(structuredClone(value));
    });
}

let shared: CleanCaptureDb | undefined;

/** The database of this extension context (popup, library or worker), opened on first use. */
export function getDatabase(): CleanCaptureDb {
  shared ??= openDatabase();
  return shared;
}
