import type { IndexerOutcome } from '../../lib/messaging/messages';
import { catchUpIndexAlone } from '../../lib/platform/catch-up-index-alone';

const scope = self as unknown as { postMessage(outcome: IndexerOutcome): void };

/** One catch-up of the full-text index, then its outcome to the page (see catch-up-index-alone.ts). */
function main(): void {
  catchUpIndexAlone().then(
    (outcome) => scope.postMessage(outcome),
    (error: unknown) => {
      console.error('Search indexer:', error);
      scope.postMessage('failed');
    },
  );
}

main();
