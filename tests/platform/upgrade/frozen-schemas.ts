/**
 * Schema versions exactly as they were released. Never edit one: a browser out there holds data
 * written by it. Each version is frozen here when it ships.
 */

/** An article as version 1 stores it (record and body together), frozen apart from lib/article.ts. */
export interface V1Article {
  id: number;
  title: string;
  authors: string[];
  siteName: string | null;
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  sourceUrl: string;
  canonicalUrl: string;
  leadImage: string | null;
  wordCount: number;
  readingMinutes: number;
  capturedAt: string;
  tags: string[];
  markdown: string;
}

/** Version 1 as the first release declared it to Dexie. */
export const FROZEN_V1 = {
  version: 1,
  stores: {
    articles: '++id, &canonicalUrl, capturedAt, title, siteName, *tags',
    bodies: 'id',
  },
} as const;

/** Version 2 as released: the images, stored once each, and each article's links to them. */
export const FROZEN_V2 = {
  version: 2,
  stores: {
    images: 'sha256',
    articleImages: '[articleId+url], articleId, sha256',
  },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V2_IDB_VERSION = 20;

/** Version 3 as released: the canonical URL index no longer unique, since excerpts share their page's address. */
export const FROZEN_V3 = {
  version: 3,
  stores: {
    articles: '++id, canonicalUrl, capturedAt, title, siteName, *tags',
  },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V3_IDB_VERSION = 30;

/** Version 6 as released: the tables of saving to a folder (versions 4 and 5 belong to other features). */
export const FROZEN_V6 = {
  version: 6,
  stores: { mirrorFolder: '', mirrorFiles: 'path', mirrorConflicts: 'path' },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V6_IDB_VERSION = 60;

/** Version 7 as released: each body's size, so the storage line reads no body. */
export const FROZEN_V7 = {
  version: 7,
  stores: { bodySizes: 'id' },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V7_IDB_VERSION = 70;

/** One object store as IndexedDB itself describes it. */
export interface StoreLayout {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: Array<{ name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }>;
}

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V1_IDB_VERSION = 10;

/** The IndexedDB layout version 1 leaves on disk: what the fixture builder writes by hand. */
export const FROZEN_V1_LAYOUT: StoreLayout[] = [
  {
    name: 'articles',
    keyPath: 'id',
    autoIncrement: true,
    indexes: [
      { name: 'canonicalUrl', keyPath: 'canonicalUrl', unique: true, multiEntry: false },
      { name: 'capturedAt', keyPath: 'capturedAt', unique: false, multiEntry: false },
      { name: 'siteName', keyPath: 'siteName', unique: false, multiEntry: false },
      { name: 'tags', keyPath: 'tags', unique: false, multiEntry: true },
      { name: 'title', keyPath: 'title', unique: false, multiEntry: false },
    ],
  },
  { name: 'bodies', keyPath: 'id', autoIncrement: false, indexes: [] },
];

/** The IndexedDB layout version 2 leaves on disk: version 1's stores, untouched, and two new ones. */
export const FROZEN_V2_LAYOUT: StoreLayout[] = [
  {
    name: 'articleImages',
    keyPath: ['articleId', 'url'],
    autoIncrement: false,
    indexes: [
      { name: 'articleId', keyPath: 'articleId', unique: false, multiEntry: false },
      { name: 'sha256', keyPath: 'sha256', unique: false, multiEntry: false },
    ],
  },
  ...FROZEN_V1_LAYOUT,
  { name: 'images', keyPath: 'sha256', autoIncrement: false, indexes: [] },
];

/** The IndexedDB layout version 3 leaves on disk: version 2's, with the canonical URL index not unique. */
export const FROZEN_V3_LAYOUT: StoreLayout[] = FROZEN_V2_LAYOUT.map((store) =>
  store.name === 'articles'
    ? {
        ...store,
        indexes: store.indexes.map((index) =>
          index.name === 'canonicalUrl' ? { ...index, unique: false } : index,
        ),
      }
    : store,
);

/** Version 4 as released: each article's reading state, its status indexed for the views by state. */
export const FROZEN_V4 = {
  version: 4,
  stores: {
    articles: '++id, canonicalUrl, capturedAt, title, siteName, *tags, status',
  },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V4_IDB_VERSION = 40;

/** The IndexedDB layout version 4 leaves on disk: version 3's, with a status index on the articles. */
export const FROZEN_V4_LAYOUT: StoreLayout[] = FROZEN_V3_LAYOUT.map((store) =>
  store.name === 'articles'
    ? {
        ...store,
        indexes: [
          ...store.indexes,
          { name: 'status', keyPath: 'status', unique: false, multiEntry: false },
        ].sort((a, b) => a.name.localeCompare(b.name)),
      }
    : store,
);

/** Version 5 as released: highlights and article notes, in tables of their own. */
export const FROZEN_V5 = {
  version: 5,
  stores: {
    highlights: 'id, articleId, createdAt',
    articleNotes: 'articleId',
  },
} as const;

/** Dexie 4 opens declared version n as IndexedDB version n × 10. */
export const FROZEN_V5_IDB_VERSION = 50;

/** The stores version 5 adds to those before it, as IndexedDB describes them. */
export const FROZEN_V5_NEW_STORES: StoreLayout[] = [
  { name: 'articleNotes', keyPath: 'articleId', autoIncrement: false, indexes: [] },
  {
    name: 'highlights',
    keyPath: 'id',
    autoIncrement: false,
    indexes: [
      { name: 'articleId', keyPath: 'articleId', unique: false, multiEntry: false },
      { name: 'createdAt', keyPath: 'createdAt', unique: false, multiEntry: false },
    ],
  },
];
