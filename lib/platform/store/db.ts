import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import type { ArticleRecord } from '../../article';
import { ARTICLES_DATABASE } from './articles-database';
import type { ImageFailure } from '../../images/image-failure';
import type { StoredImage } from '../../images/stored-image';
import { upgradeToV4 } from '../../upgrades/upgrade-to-v4';
import type { WrittenFile } from '../../mirror/plan-mirror';
import type { MirrorFolder, MirrorConflict } from '../mirror/mirror-tables';
import type { Highlight } from '../../highlights/highlight';
import { firstScreenRefresher, refreshFirstScreen } from '../first-screen-store';
import { watchArticleWrites } from './watch-article-writes';
import { noteIndexChangesHere } from '../index-change-log';
import { writeConcernsIndex } from '../../search/index-changes';

export type { StoredImage };

export interface ArticleBody {
  id: number;
  markdown: string;
}

/** The UTF-8 size of one article's body, kept beside it so the storage line need not read the body. */
export interface BodySize {
  id: number;
  bytes: number;
}

/** One image address of one article: the stored image it resolved to, or why it was not stored. */
export interface ArticleImage {
  articleId: number;
  /** The image's address in the article's Markdown, as `imageAddress` (lib/images) writes it. */
  url: string;
  sha256?: string;
  failure?: ImageFailure;
}

/** An article's own note, and when its note or any of its highlights last changed. */
export interface ArticleNote {
  articleId: number;
  /** The note on the whole article; empty when there is none. */
  note: string;
  /** ISO 8601: moves on every change to the note or the highlights, so the search index re-reads them. */
  changedAt: string;
}

export type CleanCaptureDb = Dexie & {
  articles: EntityTable<ArticleRecord, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  bodySizes: EntityTable<BodySize, 'id'>;
  images: EntityTable<StoredImage, 'sha256'>;
  articleImages: Table<ArticleImage, [number, string]>;
  /** The folder the library is saved to as it changes (one row, key `folder`). */
  mirrorFolder: Table<MirrorFolder, string>;
  /** What was last written at each path of that folder. */
  mirrorFiles: EntityTable<WrittenFile, 'path'>;
  /** Paths the user edited in the folder, waiting for their answer. */
  mirrorConflicts: EntityTable<MirrorConflict, 'path'>;
  highlights: EntityTable<Highlight, 'id'>;
  articleNotes: EntityTable<ArticleNote, 'articleId'>;
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
 * Adding a version (say, an `updatedAt` index filled from `capturedAt`; version 2 below added tables
 * only, so it needed no step 1):
 * 1. Write the data change as a pure function in `lib/` (plain records in, records out, e.g.
 *    `lib/upgrades/upgrade-to-v3.ts` exporting `upgradeToV3`) with a table of cases in `tests/`.
 * 2. Append `{ version: 3, stores: { articles: '++id, &canonicalUrl, capturedAt, title, siteName,
 *    *tags, updatedAt' }, upgrade: (tx) => mapRecords(tx, 'articles', upgradeToV3) }`. List only the
 *    tables whose indexes change; Dexie keeps the others.
 * 3. Freeze it beside the others in `tests/platform/upgrade/frozen-schemas.ts`, and give the
 *    fixture builder a writer for the version before, so each upgrade is tested from the one before.
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
  {
    version: 2,
    stores: {
      // Images keyed by the hash of their bytes; nothing is rewritten, so no upgrade function.
      images: 'sha256',
      // [articleId+url]: one row per address of an article; articleId: all of an article's images
      // (read, delete); sha256: whether any other article still uses an image before it is freed.
      articleImages: '[articleId+url], articleId, sha256',
    },
  },
  {
    version: 3,
    stores: {
      // canonicalUrl no longer unique: excerpts (selections) share their page's address. One whole
      // article per address is kept by saveArticle, which judges by captureKey in a transaction.
      articles: '++id, canonicalUrl, capturedAt, title, siteName, *tags',
    },
  },
  {
    version: 4,
    stores: {
      // status: the library's and popup's unread / read / archived views.
      articles: '++id, canonicalUrl, capturedAt, title, siteName, *tags, status',
    },
    // Articles saved before reading states existed are unread, not started.
    upgrade: (tx) => mapRecords(tx, 'articles', upgradeToV4),
  },
  {
    version: 5,
    stores: {
      // Highlights by their own id; articleId: an article's highlights (and which articles have
      // any); createdAt: the highlights page, newest first. New tables only, so no upgrade step.
      highlights: 'id, articleId, createdAt',
      articleNotes: 'articleId',
    },
  },
  {
    // Version 6: the folder the library is saved to as it changes.
    // Tables only, so nothing is rewritten. The folder's handle is structured-cloneable, so it is
    // kept here (storage.local would turn it into {}).
    version: 6,
    stores: { mirrorFolder: '', mirrorFiles: 'path', mirrorConflicts: 'path' },
  },
  {
    // Version 7: each body's size in bytes, written with the body, so measuring the library's
    // storage reads small rows instead of every body. A table only: sizes missing for bodies
    // stored before are measured (once) by the next measure, so nothing is rewritten here.
    version: 7,
    stores: { bodySizes: 'id' },
  },
];

/** Opens the articles database, declaring every schema version (tests may pass a longer list). */
export function openDatabase(
  name = ARTICLES_DATABASE.name,
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

/** Keeps the popup's first screen (storage.local) in step with the articles this context writes. */
const refreshFirstScreenSoon = firstScreenRefresher((recount) =>
  refreshFirstScreen(getDatabase(), undefined, undefined, { recount }),
);

/**
 * The database of this extension context (popup, library or worker), opened on first use. Every
 * write to its articles refreshes the popup's first screen from here, in the context that wrote,
 * and notes the ids written for the search index's next pass (index-change-log.ts).
 */
export function getDatabase(): CleanCaptureDb {
  shared ??= watchArticleWrites(openDatabase(), (ids, { resized, fields }) => {
    void refreshFirstScreenSoon(resized);
    // Reading state and tags alone change nothing the index holds: no pass needs to read them.
    if (writeConcernsIndex(fields)) noteIndexChangesHere(ids);
  });
  return shared;
}
