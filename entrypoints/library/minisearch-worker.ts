import { openDatabase } from '../../lib/platform/store/db';
import { listAllArticles } from '../../lib/platform/store/library-store';
import {
  catchUpSearchIndex,
  openSearchDatabase,
  prepareSearchIndex,
  saveSearchIndex,
  type IndexProgress,
  type LiveSearchIndex,
} from '../../lib/platform/search-index-store';
import { keepPhraseMatches } from '../../lib/platform/keep-phrase-matches';
import type {
  SearchWorkerCalls,
  SearchWorkerReply,
  SearchWorkerRequest,
} from '../../lib/search/search-worker-protocol';
import { answerCall, failCall, type CallMessage } from '../../lib/search/worker-call';
import { messageOf } from '../../lib/message-of';

import type { ArticleRecord } from '../../lib/article';
import {
  createArticleSearch,
  packHits,
  searchArticles,
  type ArticleSearch,
  type SearchHit,
} from '../../lib/search/article-search';
import { parseQuery } from '../../lib/search/parse-query';
import { searchWhileLoading } from '../../lib/search/search-while-loading';

const READY = { type: 'ready', engine: 'minisearch', bytes: null, merging: false } as const;

/** Posts a reply to the page, transferring the buffers named. */
export type PostReply = (message: SearchWorkerReply, transfer?: Transferable[]) => void;

/**
 * The search worker on MiniSearch segments in IndexedDB: where OPFS sync access handles are not
 * granted, so the FTS5 index cannot open. Opens the databases and returns the request handler.
 */
export function startMiniSearchWorker(post: PostReply): (request: SearchWorkerRequest) => void {
  const scope = { postMessage: post };
  const db = openDatabase();
  const searchDb = openSearchDatabase();
  let live: LiveSearchIndex | null = null;
  /** The saved index while its segments load, with the records it is searched beside. */
  let loading: { index: ArticleSearch; records: Promise<readonly ArticleRecord[]> } | null = null;
  let syncing: Promise<void> = Promise.resolve();
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  const progress: IndexProgress = (done, total, phase) =>
    scope.postMessage({ type: 'progress', done, total, phase });

  async function reply(call: CallMessage<SearchWorkerCalls>, search: () => SearchHit[], partial: boolean) {
    const query = call.arg.query;
    const start = performance.now();
    let found = search();
    // The index matches words wherever they are; quoted phrases are then checked in the text.
    const phrases = parseQuery(query).phrases.filter((words) => words.length > 1);
    if (phrases.length > 0) {
      const candidates = found;
      // Unreadable text (a failing database) must not leave the search unanswered: words only then.
      found = await keepPhraseMatches(db, candidates, phrases).then(
        (kept) => kept.hits,
        () => candidates,
      );
    }
    const hits = packHits(found);
    const ms = performance.now() - start;
    scope.postMessage(answerCall<SearchWorkerCalls, 'search'>(call, { hits, partial, ms, more: false }), [
      hits.ids.buffer,
    ]);
  }

  async function sync(): Promise<void> {
    const reading = listAllArticles(db);
    if (!live) {
      live = await prepareSearchIndex(db, searchDb, reading, progress, (index) => {
        loading = { index, records: reading };
      });
      loading = null;
      const count = (await reading).length;
      const unsearchable = [...live.unsearchable];
      scope.postMessage({ ...READY, source: live.source, count, unsearchable });
      return;
    }
    const records = await reading;
    if (await catchUpSearchIndex(db, live, records, progress)) {
      const unsearchable = [...live.unsearchable];
      scope.postMessage({ ...READY, source: 'loaded', count: records.length, unsearchable });
      // A burst of deletes or undos saves once; the next open catches up even if this never runs.
      clearTimeout(saveTimer);
      const current = live;
      saveTimer = setTimeout(() => void saveSearchIndex(searchDb, current), 1500);
    }
  }

  return (request) => {
    // MiniSearch builds its whole index in one go: nothing to stop between batches.
    if (request.type === 'stop-indexing') return;
    if (request.type === 'sync') {
      syncing = syncing
        .then(sync)
        .catch((error: unknown) => scope.postMessage({ type: 'error', message: messageOf(error) }));
      return;
    }
    // A search that fails is answered with why, so the page does not wait for it.
    const refuse = (error: unknown) => scope.postMessage(failCall(request, error));
    if (!live && loading) {
      // The saved index is still loading: answer now from what is loaded (the page drops any
      // article deleted since, as it is not among its records).
      const { index, records } = loading;
      records
        .then((all) => reply(request, () => searchWhileLoading(index, all, request.arg.query), true))
        .catch(refuse);
    } else {
      // Searches wait for a sync in progress, so results never include a just-deleted article.
      syncing
        .then(async () => {
          if (live) {
            const { index } = live;
            return reply(request, () => searchArticles(index, request.arg.query), false);
          }
          // No index (it could not be made): every search is still answered, on titles, authors and sites.
          const records = await listAllArticles(db).catch(() => []);
          const none = createArticleSearch();
          return reply(request, () => searchWhileLoading(none, records, request.arg.query), true);
        })
        .catch(refuse);
    }
  };
}
