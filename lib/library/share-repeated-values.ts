import type { ArticleRecord } from '../article';

/** One copy of each string value seen so far, and of each list of them, to hand out instead of equal copies. */
export interface ValuePool {
  strings: Map<string, string>;
  /** By the list's JSON. Frozen: a list many records hold must not change for one of them. */
  lists: Map<string, string[]>;
}

/** An empty pool, for one reading of the records. */
export function valuePool(): ValuePool {
  return { strings: new Map(), lists: new Map() };
}

function shared(pool: ValuePool, value: string): string {
  const known = pool.strings.get(value);
  if (known !== undefined) return known;
  pool.strings.set(value, value);
  return value;
}

function sharedList(pool: ValuePool, list: string[]): string[] {
  const key = JSON.stringify(list);
  const known = pool.lists.get(key);
  if (known !== undefined) return known;
  for (let i = 0; i < list.length; i++) list[i] = shared(pool, list[i] as string);
  pool.lists.set(key, Object.freeze(list) as string[]);
  return list;
}

/**
 * Makes a record read from IndexedDB hold one copy of the values many records repeat (a status, a
 * site, a language, its tags and its authors, and its source address when that is its canonical
 * one): each record read comes with copies of its own, and at 100,000 records the copies are
 * megabytes of the page's memory. The lists are shared whole (most records have no tags, or the
 * same few), so they are frozen: the page replaces a record's tags, it never edits them in place.
 * Changes no value; returns the record, changed in place.
 */
export function shareRepeatedValues<R extends ArticleRecord>(record: R, pool: ValuePool): R {
  if (record.sourceUrl === record.canonicalUrl) record.sourceUrl = record.canonicalUrl;
  record.status = shared(pool, record.status) as R['status'];
  if (record.siteName !== null) record.siteName = shared(pool, record.siteName);
  if (record.lang !== null) record.lang = shared(pool, record.lang);
  if (record.dir !== null) record.dir = shared(pool, record.dir) as R['dir'];
  record.tags = sharedList(pool, record.tags);
  record.authors = sharedList(pool, record.authors);
  return record;
}
