import type { Database } from '@sqlite.org/sqlite-wasm';
import type { ArticleRecord } from '../../lib/article';
import {
  applyFtsChanges,
  changedSinceLastPass,
  mergeDueSegments,
  openLiveFtsIndex,
} from '../../lib/platform/fts5-index-sync';
import { dropIndexChanges, openIndexChangeLog } from '../../lib/platform/index-change-log';
import { keepPhraseMatches } from '../../lib/platform/keep-phrase-matches';
import type { IndexProgress } from '../../lib/platform/search-index-store';
import { openSearchDatabase } from '../../lib/platform/search-index-store';
import { indexStamp } from '../../lib/search/index-stamp';
import { openDatabase } from '../../lib/platform/store/db';
import { packHits, type SearchHit } from '../../lib/search/article-search';
import { ftsIndexBytes } from '../../lib/search/fts5-index';
import { isMergeDue } from '../../lib/search/fts5-merge';
import { searchFts } from '../../lib/search/fts5-search';
import { warmUpQueries } from '../../lib/search/warm-up-queries';
import { matchesMetadata } from '../../lib/search/matches-metadata';
import { parseQuery } from '../../lib/search/parse-query';
import type { SearchWorkerCalls, SearchWorkerRequest } from '../../lib/search/search-worker-protocol';
import { answerCall, failCall, type CallMessage } from '../../lib/search/worker-call';
import { messageOf } from '../../lib/message-of';
import type { PostReply } from './minisearch-worker';

/**
 * How many phrase matches among the articles not indexed yet the ranked head holds: a few screens
 * of rows. Each is read from the database to be checked; during a rebuild they may be thousands.
 */
const PHRASE_HEAD = 100;

/** How long after the index first answers the worker warms up (see warmUp). */
const WARM_UP_DELAY_MS = 500;

/**
 * The search worker on SQLite FTS5 in OPFS. The index stays on disk: opening reads only the list
 * of indexed ids, so the library can search at once, and a search reads the pages it needs. On
 * each sync the articles captured, re-captured, imported or deleted since are brought in, found
 * through the change log and the ids and capture times above the index's (changedSinceLastPass).
 */
export function startFts5Worker(ftsDb: Database, post: PostReply): (request: SearchWorkerRequest) => void {
  // First: it throws when the index cannot be read, and nothing else is open yet.
  const live = openLiveFtsIndex(ftsDb);
  const db = openDatabase();
  const log = openIndexChangeLog();
  // The MiniSearch index of earlier versions is not read any more: free its space.
  void openSearchDatabase()
    .delete()
    .catch(() => {});
  /** Records not indexed yet (new, re-captured) while a sync brings them in: matched on metadata. */
  let pending: readonly ArticleRecord[] = [];
  let syncing: Promise<void> = Promise.resolve();
  /** Goes up with each sync asked for: a merge gives way to a sync asked for after it began. */
  let syncsAsked = 0;
  /** The user stopped indexing: from then on this worker indexes nothing (it still forgets deletes). */
  let stopped = false;
  const progress: IndexProgress = (done, total, phase) => post({ type: 'progress', done, total, phase });
  const ready = (count: number, source: 'loaded' | 'rebuilt') => {
    post({
      type: 'ready',
      source,
      count,
      unsearchable: [...live.unsearchable],
      engine: 'fts5',
      bytes: ftsIndexBytes(ftsDb),
      merging: isMergeDue(ftsDb),
    });
    warmUp();
  };

  let warmed = false;
  /** Set by the page's first search: its own searches warm the code from then on. */
  let searched = false;
  /**
   * Half a second after the index first answers (the page's own start is over by then, and a tab
   * closed at once never pays for it): searches for the newest article's title words
   * (warmUpQueries), one a task, so that a search the page asks for meanwhile waits for one at
   * most, and none once the page has searched.
   */
  function warmUp(): void {
    if (warmed) return;
    warmed = true;
    const practise = (queries: string[]) => {
      const query = queries.shift();
      if (query === undefined || searched) return;
      try {
        searchFts(ftsDb, query, false);
      } catch {
        // Only practice: the user's own searches report what fails.
      }
      setTimeout(() => practise(queries), 0);
    };
    setTimeout(() => {
      if (searched) return;
      void db.articles
        .toCollection()
        .last()
        .then((newest) => practise(warmUpQueries(newest?.title ?? '')))
        .catch(() => {});
    }, WARM_UP_DELAY_MS);
  }
  // An index already built answers at once; the sync then catches up and says ready again.
  // Counted once: at 100,000 each count reads the table's count index from disk.
  const held = live.source === 'loaded' ? live.indexed.size : 0;
  if (held > 0) ready(held, 'loaded');

  async function sync(asked: number): Promise<void> {
    // What changed since the last pass, read without every record (changedSinceLastPass). Worked
    // out once: the records due are searched on their metadata until they are indexed.
    const due = await changedSinceLastPass(db, live, log);
    pending = due.stale;
    const changed = await applyFtsChanges(db, live, due, progress, () => stopped);
    if (!stopped) await dropIndexChanges(log, due.upTo);
    // What a stop left out is still matched on its metadata.
    pending = stopped ? due.stale.filter((r) => live.indexed.get(r.id) !== indexStamp(r, due.annotated)) : [];
    // Every article is indexed once a pass is done; after a stop, the page's note counts those searched in full.
    const count = live.indexed.size;
    if (changed || live.source === 'rebuilt' || count === 0) ready(count, live.source);
    live.source = 'loaded';
    // After a bulk pass (or one cut short before), the segments are merged in steps, searches
    // answered between them. A capture's sync asked for meanwhile comes first; it goes on after.
    if (await mergeDueSegments(ftsDb, () => stopped || syncsAsked !== asked))
      ready(live.indexed.size, 'loaded');
  }

  async function search(call: CallMessage<SearchWorkerCalls>): Promise<void> {
    const start = performance.now();
    searched = true;
    const { query, whole } = call.arg;
    const answer = searchFts(ftsDb, query, whole);
    let found: SearchHit[] = answer.hits;
    let more = answer.more;
    const { terms, phrases } = parseQuery(query);
    const seen = new Set(found.map((h) => h.id));
    const matching = pending.filter((r) => matchesMetadata(r, terms));
    let waiting: SearchHit[] = matching
      .filter((r) => !seen.has(r.id))
      .map((r) => ({ id: r.id, score: 0, terms }));
    // The index matched quoted phrases word for word; articles it does not hold yet are matched on
    // their metadata, so their stored text is read to check the phrases.
    const spans = phrases.filter((words) => words.length > 1);
    if (spans.length > 0 && waiting.length > 0) {
      const candidates = waiting;
      // The head needs the first screens only: the rest is checked when every match is asked for.
      const kept = await keepPhraseMatches(db, candidates, spans, whole ? Infinity : PHRASE_HEAD).catch(
        () => ({ hits: candidates, complete: true }),
      );
      waiting = kept.hits;
      more ||= !kept.complete;
    }
    found = found.concat(waiting);
    const hits = packHits(found);
    const results = { hits, partial: matching.length > 0, more, ms: performance.now() - start };
    post(answerCall<SearchWorkerCalls, 'search'>(call, results), [hits.ids.buffer]);
  }

  return (request) => {
    if (request.type === 'stop-indexing') {
      stopped = true;
    } else if (request.type === 'sync') {
      const asked = ++syncsAsked;
      syncing = syncing
        .then(() => sync(asked))
        .catch((error: unknown) => post({ type: 'error', message: messageOf(error) }));
    } else {
      // A search that fails is answered with why, so the page does not wait for it.
      search(request).catch((error: unknown) => post(failCall(request, error)));
    }
  };
}
