import type { Database } from '@sqlite.org/sqlite-wasm';
import type { ArticleRecord } from '../article';
import {
  indexFtsArticles,
  prepareFtsTables,
  readFtsIndexed,
  releaseFreePages,
  removeFtsArticles,
} from '../search/fts5-index';
import { indexedStamps, type IndexedStamps } from '../search/fts5-indexed-stamps';
import { isMergeDue, markMergeDue, MERGE_AFTER_ARTICLES, mergeFtsStep } from '../search/fts5-merge';
import { annotationChanged, dueChanges, indexHorizon } from '../search/index-changes';
import { indexStamp } from '../search/index-stamp';
import { dropIndexChanges, readIndexChanges, type IndexChangeLog } from './index-change-log';
import type { IndexProgress } from './search-index-store';
import type { CleanCaptureDb } from './store/db';
import { readAnnotationStamps, readAnnotationText } from './store/highlight-store';
import { listAllArticlesInPages } from './store/library-store';
import { withBodies } from './store/stored-articles';

/** The FTS5 index with what it holds, kept in step with the articles as the library changes them. */
export interface LiveFtsIndex {
  db: Database;
  /** Article id → the indexStamp that was indexed; a re-capture or a new note changes it, so it is indexed again. */
  indexed: IndexedStamps;
  /** Articles whose text could not be indexed: found by title, authors and site only. */
  unsearchable: Set<number>;
  /** 'rebuilt' when the tables had to be made anew (first use, another version, damage). */
  source: 'loaded' | 'rebuilt';
}

/**
 * Opens the index held in `db`, or empties it when it is of another version. Its contents stay on
 * disk, the list of what it holds too (indexedStamps): only the ids of the articles it could not
 * read are read.
 */
export function openLiveFtsIndex(db: Database): LiveFtsIndex {
  const rebuilt = prepareFtsTables(db);
  const indexed = indexedStamps(db);
  return { db, indexed, unsearchable: indexed.unreadable(), source: rebuilt ? 'rebuilt' : 'loaded' };
}

/** Articles whose bodies are read and indexed in one transaction. */
const BATCH = 200;
const yieldToWorker = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The articles the index lacks or holds an older capture or older notes of (`annotated`: when each
 * annotated article's highlights and notes last changed), and the ids it holds that are gone.
 */
export function staleArticles(
  live: { indexed: ReadonlyMap<number, string> },
  records: readonly ArticleRecord[],
  annotated: ReadonlyMap<number, string>,
): { stale: ArticleRecord[]; gone: number[] } {
  const current = new Set<number>();
  const stale = records.filter((r) => {
    current.add(r.id);
    return live.indexed.get(r.id) !== indexStamp(r, annotated);
  });
  const gone = [...live.indexed.keys()].filter((id) => !current.has(id));
  return { stale, gone };
}

/** What the index must take in and forget to match the stored articles, with the notes' stamps it read. */
export interface FtsChanges {
  stale: ArticleRecord[];
  gone: number[];
  annotated: ReadonlyMap<number, string>;
}

/** Works out what the index lacks, holds stale, or holds of articles that are gone (see staleArticles). */
export async function dueFtsChanges(
  articlesDb: CleanCaptureDb,
  live: { indexed: ReadonlyMap<number, string> },
  records: readonly ArticleRecord[],
): Promise<FtsChanges> {
  const annotated = await readAnnotationStamps(articlesDb);
  return { ...staleArticles(live, records, annotated), annotated };
}

/**
 * Brings the index in step with the stored articles (`records`, newest first): forgets deleted ones,
 * indexes new and re-captured ones newest first, a batch per transaction, yielding between batches
 * so searches are answered meanwhile. Each batch is saved as it is done, so a rebuild cut short
 * (the tab closed, `cancelled` true) goes on from there next time. Returns whether anything changed.
 */
export async function catchUpFtsIndex(
  articlesDb: CleanCaptureDb,
  live: LiveFtsIndex,
  records: readonly ArticleRecord[],
  onProgress?: IndexProgress,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  const due = await dueFtsChanges(articlesDb, { indexed: readFtsIndexed(live.db).indexed }, records);
  return applyFtsChanges(articlesDb, live, due, onProgress, cancelled);
}

/** How many of the newest stamps the horizon is taken from: some may not be capture times at all. */
const NEWEST_LOOKED_AT = 50;

/** What changed since the index's last pass, with the end of the change log it read (`upTo`). */
export type FtsChangesSince = FtsChanges & { upTo: number };

/**
 * Works out what the index must take in and forget without reading every record: the records named
 * in the change log, those with ids above the highest it holds, those captured since a little before
 * the newest it holds, and those whose notes changed (lib/search/index-changes.ts). An empty index,
 * or a log that names no ids (the articles were cleared), reads every record instead.
 */
export async function changedSinceLastPass(
  articlesDb: CleanCaptureDb,
  live: Pick<LiveFtsIndex, 'indexed' | 'db'>,
  log: IndexChangeLog,
): Promise<FtsChangesSince> {
  const logged = await readIndexChanges(log);
  if (logged.all || live.indexed.size === 0) {
    const records = await listAllArticlesInPages(articlesDb);
    const indexed = readFtsIndexed(live.db).indexed;
    return { ...(await dueFtsChanges(articlesDb, { indexed }, records)), upTo: logged.upTo };
  }
  const { aboveId, capturedSince } = indexHorizon(live.indexed.newest(NEWEST_LOOKED_AT));
  const { articles, articleNotes } = articlesDb;
  return articlesDb.transaction('r', articles, articleNotes, async () => {
    const annotated = await readAnnotationStamps(articlesDb);
    const asked = [...logged.ids, ...annotationChanged(live.indexed.withNotes(annotated.keys()), annotated)];
    const [added, recent, named] = await Promise.all([
      articles.where(':id').above(aboveId).toArray(),
      articles.where('capturedAt').aboveOrEqual(capturedSince).toArray(),
      articles.bulkGet(asked),
    ]);
    const found = [...added, ...recent, ...named.filter((r): r is ArticleRecord => r !== undefined)];
    return { ...dueChanges(live.indexed, asked, found, annotated), annotated, upTo: logged.upTo };
  });
}

/**
 * One pass of the index: takes in what changed since the last (changedSinceLastPass), as
 * catchUpFtsIndex does, and drops the change log it read once all of it is in, so a pass cut short
 * goes on from there. Returns whether anything changed.
 */
export async function syncFtsIndex(
  articlesDb: CleanCaptureDb,
  live: LiveFtsIndex,
  log: IndexChangeLog,
  onProgress?: IndexProgress,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  const due = await changedSinceLastPass(articlesDb, live, log);
  const changed = await applyFtsChanges(articlesDb, live, due, onProgress, cancelled);
  if (!cancelled()) await dropIndexChanges(log, due.upTo);
  return changed;
}

/**
 * Merges the index into one segment when a bulk pass asked for it (fts5-merge.ts), a step at a
 * time, yielding between steps so searches are answered meanwhile. Cut short (`cancelled`), the
 * merge stays due and the next pass goes on with it. Returns whether a merge ran to its end.
 */
export async function mergeDueSegments(
  db: Database,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  if (cancelled() || !isMergeDue(db)) return false;
  while (!cancelled()) {
    if (mergeFtsStep(db)) {
      releaseFreePages(db);
      return true;
    }
    await yieldToWorker();
  }
  return false;
}

/** Applies `due` (from dueFtsChanges) to the index, as catchUpFtsIndex describes. */
export async function applyFtsChanges(
  articlesDb: CleanCaptureDb,
  live: LiveFtsIndex,
  { stale, gone, annotated }: FtsChanges,
  onProgress?: IndexProgress,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  // Marked before the batches, so a pass cut short still leaves its segments to be merged.
  if (stale.length >= MERGE_AFTER_ARTICLES) markMergeDue(live.db);
  if (gone.length > 0) {
    removeFtsArticles(live.db, gone);
    for (const id of gone) live.unsearchable.delete(id);
  }
  for (let i = 0; i < stale.length && !cancelled(); i += BATCH) {
    const batch = stale.slice(i, i + BATCH);
    const noted = batch.filter((r) => annotated.has(r.id)).map((r) => r.id);
    const notes = new Map(
      noted.length > 0
        ? (await readAnnotationText(articlesDb, noted)).map((text, k) => [noted[k], text])
        : [],
    );
    const articles = (await withBodies(articlesDb, batch)).map((article) => ({
      ...article,
      notes: notes.get(article.id),
      stamp: indexStamp(article, annotated),
    }));
    const unreadable = new Set(indexFtsArticles(live.db, articles));
    for (const article of articles) {
      if (unreadable.has(article.id)) live.unsearchable.add(article.id);
      else live.unsearchable.delete(article.id);
    }
    onProgress?.(Math.min(stale.length, i + BATCH), stale.length, 'building');
    await yieldToWorker();
  }
  const changed = stale.length > 0 || gone.length > 0;
  if (changed) releaseFreePages(live.db);
  return changed;
}
