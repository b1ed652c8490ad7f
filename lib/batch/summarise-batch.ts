import type { CaptureOutcome } from '../messaging/messages';
import type { QueueResult } from './run-queue';
import { counted, list, message, type Message } from '../i18n/message';

/** A tab of a "Save all tabs" run, as the summary names it. */
export interface BatchTab {
  title: string;
  url: string;
}

/** What a "Save all tabs" run did, in the counts the popup shows and a reason for each failure. */
export interface BatchSummary {
  saved: number;
  alreadySaved: number;
  notArticles: number;
  /** `reason`: a message to say, or the error's own words when a tab's capture threw. */
  failed: Array<{ tab: BatchTab; reason: Message | string }>;
  /** Tabs not started because the run was cancelled. */
  notStarted: number;
}

/** Sorts each tab's outcome into the summary's counts; a not-an-article page is its own count, not a failure. */
export function summariseBatch(results: readonly QueueResult<BatchTab, CaptureOutcome>[]): BatchSummary {
  const summary: BatchSummary = { saved: 0, alreadySaved: 0, notArticles: 0, failed: [], notStarted: 0 };
  for (const result of results) {
    if (result.status === 'cancelled') summary.notStarted++;
    else if (result.status === 'failed') summary.failed.push({ tab: result.item, reason: result.error });
    else if (result.value.status === 'saved') summary.saved++;
    else if (result.value.status === 'duplicate') summary.alreadySaved++;
    else if (result.value.problem === 'not-an-article') summary.notArticles++;
    else summary.failed.push({ tab: result.item, reason: result.value.message });
  }
  return summary;
}

/** The summary's counts as one message: `3 saved, 1 already saved, 2 not articles, 1 failed`. */
export function describeBatch(summary: BatchSummary): Message {
  const parts = [
    counted('batch.saved', summary.saved),
    counted('batch.alreadySaved', summary.alreadySaved),
    counted('batch.notArticles', summary.notArticles),
    counted('batch.failed', summary.failed.length),
  ];
  if (summary.notStarted > 0) parts.push(counted('batch.notStarted', summary.notStarted));
  return message('popup.tabsSummary', list(parts, 'unit'));
}
