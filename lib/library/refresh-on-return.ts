/** The part of `document` that refreshOnReturn uses. */
export interface VisiblePage extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

/** What a write report names: the keys written, or null when any record may have changed. */
export type WrittenKeys = readonly unknown[] | null;

/**
 * Runs `refresh` when the user comes back to the page (it becomes visible again) after the stored
 * articles changed, as `watchWrites` reports: a capture made in another tab shows up then, while a
 * return with nothing changed reads nothing (at 100,000 articles a reading of every record costs the
 * page seconds of work). `refresh` gets the ids written meanwhile, to read only those, or null when
 * every record must be read again: a write that named no ids, or a page the browser froze, which
 * may have missed a report. Returns the function that stops it.
 */
export function refreshOnReturn(
  page: VisiblePage,
  watchWrites: (changed: (keys: WrittenKeys) => void) => () => void,
  refresh: (ids: number[] | null) => void,
): () => void {
  // Nothing written since the last refresh (undefined), every record (null), or these ids.
  let stale: Set<number> | null | undefined;
  const stopWatching = watchWrites((keys) => {
    if (stale === null || keys?.length === 0) return;
    if (keys === null || keys.some((key) => typeof key !== 'number')) {
      stale = null;
      return;
    }
    stale ??= new Set();
    for (const key of keys) stale.add(key as number);
  });
  const onVisible = () => {
    if (page.visibilityState !== 'visible' || stale === undefined) return;
    const ids = stale === null ? null : [...stale];
    stale = undefined;
    refresh(ids);
  };
  const onResume = () => {
    stale = null;
    onVisible();
  };
  page.addEventListener('visibilitychange', onVisible);
  page.addEventListener('resume', onResume);
  return () => {
    stopWatching();
    page.removeEventListener('visibilitychange', onVisible);
    page.removeEventListener('resume', onResume);
  };
}
