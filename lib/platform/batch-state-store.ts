import { storage } from 'wxt/utils/storage';
import type { BatchState } from '../batch/batch-state';

// Session storage: the run's progress outlives a closed popup, never a browser restart (a run does not either).
const batchItem = storage.defineItem<BatchState | null>('session:saveAllTabs', { fallback: null });

/** Records where the run is. */
export function writeBatchState(state: BatchState): Promise<void> {
  return batchItem.setValue(state);
}

/** Where the last run is, or null when none ran in this browser session. */
export function readBatchState(): Promise<BatchState | null> {
  return batchItem.getValue();
}

/** Calls `onChange` with each new state; returns the function that stops watching. */
export function watchBatchState(onChange: (state: BatchState | null) => void): () => void {
  return batchItem.watch(onChange);
}
