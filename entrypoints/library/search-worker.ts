import {
  closeFts5Database,
  deleteFts5Index,
  fts5Failure,
  openFts5Database,
  releaseFts5Files,
} from '../../lib/platform/open-fts5-database';
import { onIndexSyncAsked } from '../../lib/platform/search-index-channel';
import { holdSearchIndexLock } from '../../lib/platform/search-index-lock';
import { openSearchEngine } from '../../lib/search/open-search-engine';
import type { SearchWorkerReply, SearchWorkerRequest } from '../../lib/search/search-worker-protocol';
import { failCall } from '../../lib/search/worker-call';
import { messageOf } from '../../lib/message-of';
import { startFts5Worker } from './fts5-worker';
import { startMiniSearchWorker, type PostReply } from './minisearch-worker';

// The library's search index, off the page's main thread (see search-worker-protocol.ts).
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SearchWorkerRequest>) => void) | null;
  postMessage(m: SearchWorkerReply, transfer?: Transferable[]): void;
};

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * The FTS5 index in OPFS, or MiniSearch where OPFS cannot hold it (open-search-engine.ts). Whoever
 * holds the index's lock owns it (search-index-lock.ts): while another library tab, or the
 * background's indexer (which stops between batches once it sees this tab waiting), holds it, the
 * page searches titles, authors and sites, as before any index is ready.
 */
async function openEngine(post: PostReply) {
  const { engine } = await openSearchEngine({
    holdIndex: holdSearchIndexLock,
    openFts5: openFts5Database,
    startFts5: (db) => startFts5Worker(db, post),
    closeFts5: closeFts5Database,
    deleteFts5: deleteFts5Index,
    releaseFts5: releaseFts5Files,
    startMiniSearch: () => startMiniSearchWorker(post),
    classify: fts5Failure,
    pause,
    report: (message) => console.warn(message),
  });
  return engine;
}

/** Opens the index and answers the page's requests; those that arrive while it opens wait. */
function main(): void {
  const waiting: SearchWorkerRequest[] = [];
  scope.onmessage = (event) => void waiting.push(event.data);
  void openEngine((message, transfer) => scope.postMessage(message, transfer)).then(
    (handle) => {
      scope.onmessage = (event) => handle(event.data);
      for (const request of waiting.splice(0)) handle(request);
      // Articles stored or deleted elsewhere (a capture, the popup) come in now, not on the next sync.
      onIndexSyncAsked(() => handle({ type: 'sync' }));
    },
    (error: unknown) => {
      // No index at all: the page is told why, and each search fails at once instead of waiting.
      const refuse = (request: SearchWorkerRequest) => {
        if (request.type === 'call') scope.postMessage(failCall(request, error));
      };
      scope.onmessage = (event) => refuse(event.data);
      waiting.splice(0).forEach(refuse);
      scope.postMessage({ type: 'error', message: messageOf(error) });
    },
  );
}

main();
