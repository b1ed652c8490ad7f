import type { Database } from '@sqlite.org/sqlite-wasm';
import type { ArticleRecord } from '../article';
import { indexFtsArticles, prepareFtsTables, readFtsIndexed, removeFtsArticles } from '../search/fts5-index';
import { indexStamp } from '../search/index-stamp';
import type { IndexProgress } from './search-index-store';
import type { CleanCaptureDb } from './store/db';
import { readAnnotationStamps, readAnnotationText } from './store/highlight-store';
import { withBodies } from './store/stored-articles';

/** The FTS5 index with what it holds, kept in step with the articles as the library changes them. */
export interface LiveFtsIndex {
  db: Database;
  /** Article id → the indexStamp that was indexed; a re-capture or a new note changes it, so it is indexed again. */
  indexed: Map<number, string>;
  /** Articles whose text could not be indexed: found by title, authors and site only. */
  unsearchable: Set<number>;
  /** 'rebuilt' when the tables had to be made anew (first use, another version, damage). */
  source: 'loaded' | 'rebuilt';
}

/**
 * Opens the index held in `db`: reads what it holds, or empties it when it is of another version.
 * Its contents stay on disk; only the list of indexed ids (a few bytes each) is read.
 */
export function openLiveFtsIndex(db: Database): LiveFtsIndex {
  const rebuilt = prepareFtsTables(db);
  const { indexed, unreadable } = readFtsIndexed(db);
  return { db, indexed, unsearchable: unreadable, source: rebuilt ? 'rebuilt' : 'loaded' };
}

/** Articles whose bodies are read and indexed in one transaction. */
const BATCH = 200;
const yieldToWorker = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The articles the index lacks or holds an older capture or older notes of (`annotated`: when each
 * annotated article's highlights and notes last changed), and the ids it holds that are gone.
 */
export function staleArticles(
  live: Pick<LiveFtsIndex, 'indexed'>,
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
  live: Pick<LiveFtsIndex, 'indexed'>,
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
  const due = await dueFtsChanges(articlesDb, live, records);
  return applyFtsChanges(articlesDb, live, due, onProgress, cancelled);
}

/** Applies `due` (from dueFtsChanges) to the index, as catchUpFtsIndex describes. */
export async function applyFtsChanges(
  articlesDb: CleanCaptureDb,
  live: LiveFtsIndex,
  { stale, gone, annotated }: FtsChanges,
  onProgress?: IndexProgress,
  cancelled: () => boolean = () => false,
): Promise<boolean> {
  if (gone.length > 0) {
    removeFtsArticles(live.db, gone);
    for (const id of gone) {
      live.indexed.delete(id);
      live.unsearchable.delete(id);
    }
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
      live.indexed.set(article.id, article.stamp);
      if (unreadable.has(article.id)) live.unsearchable.add(article.id);
      else live.unsearchable.delete(article.id);
    }
    onProgress?.(Math.min(stale.length, i + BATCH), stale.length, 'building');
    await yieldToWorker();
  }
  return stale.length > 0 || gone.length > 0;
}
