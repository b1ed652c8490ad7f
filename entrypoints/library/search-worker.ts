import { isHeldElsewhere, openFts5Database } from '../../lib/platform/open-fts5-database';
import { onIndexSyncAsked } from '../../lib/platform/search-index-channel';
import { holdSearchIndexLock } from '../../lib/platform/search-index-lock';
import type { SearchWorkerReply, SearchWorkerRequest } from '../../lib/search/search-worker-protocol';
import { startFts5Worker } from './fts5-worker';
import { startMiniSearchWorker, type PostReply } from './minisearch-worker';

// The library's search index, off the page's main thread (see search-worker-protocol.ts).
const scope = self as unknown as {
  onmessage: ((e: MessageEvent<SearchWorkerRequest>) => void) | null;
  postMessage(m: SearchWorkerReply, transfer?: Transferable[]): void;
};

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The FTS5 index in OPFS, or MiniSearch where OPFS cannot hold it. While another library tab's
 * worker holds the index, this one tries again, soon at first, then every few seconds: the page meanwhile searches
 * titles, authors and sites, as before any index is ready (MiniSearch would read every article).
 */
async function openEngine(post: PostReply) {
  // Whoever holds the lock owns the index (search-index-lock.ts): another library tab, or the
  // background's indexer, which stops between batches once it sees this tab waiting.
  await holdSearchIndexLock();
  for (let attempt = 1; ; attempt++) {
    try {
      const ftsDb = await openFts5Database();
      return startFts5Worker(ftsDb, post);
    } catch (error) {
      if (!isHeldElsewhere(error)) {
        console.info('Search: FTS5 on OPFS unavailable, using MiniSearch:', String(error));
        return startMiniSearchWorker(post);
      }
      // Soon at first (a tab just closed lets go within moments), then every 3 s.
      await pause(Math.min(100 * 2 ** attempt, 3000));
    }
  }
}

/** Opens the index and answers the page's requests; those that arrive while it opens wait. */
function main(): void {
  const waiting: SearchWorkerRequest[] = [];
  scope.onmessage = (event) => void waiting.push(event.data);
  void openEngine((message, transfer) => scope.postMessage(message, transfer)).then((handle) => {
    scope.onmessage = (event) => handle(event.data);
    for (const request of waiting.splice(0)) handle(request);
    // Articles stored or deleted elsewhere (a capture, the popup) come in now, not on the next sync.
    onIndexSyncAsked(() => handle({ type: 'sync' }));
  });
}

main();
