import type { ArticleRecord } from '../article';

/** One copy of each string value seen so far, to hand out instead of equal copies. */
export type StringPool = Map<string, string>;

function shared(pool: StringPool, value: string): string {
  const known = pool.get(value);
  if (known !== undefined) return known;
  pool.set(value, value);
  return value;
}

/**
 * Makes a record read from IndexedDB hold one copy of the values many records repeat (a status, a
 * site, a language, a tag, an author, and its source address when that is its canonical one): each record
 * read comes with copies of its own, and at 100,000 records the copies are megabytes of the page's
 * memory. Changes no value; returns the record, changed in place.
 */
export function shareRepeatedValues<R extends ArticleRecord>(record: R, pool: StringPool): R {
  if (record.sourceUrl === record.canonicalUrl) record.sourceUrl = record.canonicalUrl;
  record.status = shared(pool, record.status) as R['status'];
  if (record.siteName !== null) record.siteName = shared(pool, record.siteName);
  if (record.lang !== null) record.lang = shared(pool, record.lang);
  if (record.dir !== null) record.dir = shared(pool, record.dir) as R['dir'];
  for (const list of [record.tags, record.authors])
    for (let i = 0; i < list.length; i++) list[i] = shared(pool, list[i] as string);
  return record;
}
