/**
 * Tells whoever owns the full-text index (a library tab's search worker) that articles changed, so
 * it takes them in now rather than at its next sync. A BroadcastChannel reaches every context of
 * the extension's origin, workers included, and needs no listener in the background.
 */
const CHANNEL = 'clean-capture-search-index';

interface SyncAsked {
  type: 'sync';
}

/** Asks the index's owner, if there is one, to bring the index in step with the articles. */
export function askIndexOwnerToSync(): void {
  const channel = new BroadcastChannel(CHANNEL);
  const message: SyncAsked = { type: 'sync' };
  channel.postMessage(message);
  channel.close();
}

/** Calls `sync` each time someone asks the index's owner to sync; returns a function that stops listening. */
export function onIndexSyncAsked(sync: () => void): () => void {
  const channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<SyncAsked>) => {
    if (event.data?.type === 'sync') sync();
  };
  return () => channel.close();
}
