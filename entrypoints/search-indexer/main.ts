import type { IndexerOutcome } from '../../lib/messaging/messages';
import { reportSearchIndexed } from '../../lib/platform/runtime-messaging';
// Vite bundles the worker with its imports and gives back a constructor.
import IndexerWorker from './indexer-worker?worker';

/**
 * The page the background opens while no library tab is open (search-index-host.ts): it runs one
 * catch-up of the full-text index in a worker, ends the worker (which lets go of the index's file),
 * and tells the background, which closes the page.
 */
function main(): void {
  const worker = new IndexerWorker();
  const finish = (outcome: IndexerOutcome) => {
    worker.terminate();
    void reportSearchIndexed(outcome).catch(() => undefined);
  };
  worker.onmessage = (event: MessageEvent<IndexerOutcome>) => finish(event.data);
  worker.onerror = () => finish('failed');
}

main();
