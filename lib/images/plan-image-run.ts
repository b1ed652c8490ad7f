/**
 * A run of the worker fetching one article's images, recorded while it lasts. Chrome stops an
 * extension's service worker when idle or updated, even mid-fetch; a record still there when a
 * fresh worker starts is a run that was stopped before it finished.
 */
export interface ImageRunRecord {
  articleId: number;
  /** The capture the run fetches for: a run for an older copy says nothing of the new one. */
  capturedAt: string;
  /** How many times the run was started for this copy: 1, then one more for each resume. */
  attempts: number;
}

/** Starts of one article's run before what is left is given up on, so nothing waits for ever. */
export const MAX_IMAGE_RUN_ATTEMPTS = 3;

/** What to do for an article's images: fetch what is left (this many starts so far), or give up. */
export type ImageRunPlan = { kind: 'fetch'; attempts: number } | { kind: 'give-up' };

/**
 * Plans a run of an article's images from the record an earlier, stopped run left (none: a first
 * run). Each resume of the same copy counts; past the limit what is still missing is given up.
 */
export function planImageRun(
  interrupted: ImageRunRecord | undefined,
  capturedAt: string,
  maxAttempts = MAX_IMAGE_RUN_ATTEMPTS,
): ImageRunPlan {
  const attempts = interrupted?.capturedAt === capturedAt ? interrupted.attempts + 1 : 1;
  return attempts > maxAttempts ? { kind: 'give-up' } : { kind: 'fetch', attempts };
}
