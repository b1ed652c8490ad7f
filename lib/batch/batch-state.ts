import type { BatchSummary } from './summarise-batch';

/** Where a "Save all tabs" run is, as the background keeps it for the popup (which may close and reopen). */
export type BatchState =
  | { kind: 'running'; done: number; total: number; cancelling: boolean }
  | { kind: 'finished'; summary: BatchSummary };
