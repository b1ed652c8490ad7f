/** The part of `document` that refreshOnReturn uses. */
export interface VisiblePage extends EventTarget {
  readonly visibilityState: DocumentVisibilityState;
}

/**
 * Runs `refresh` when the user comes back to the page (it becomes visible again) after the stored
 * articles changed, as `watchWrites` reports: a capture made in another tab shows up then, while a
 * return with nothing changed reads nothing (at 100,000 articles a reading of every record costs the
 * page seconds of work). A page the browser froze may have missed a report, so it reads again after.
 * Returns the function that stops it.
 */
export function refreshOnReturn(
  page: VisiblePage,
  watchWrites: (changed: () => void) => () => void,
  refresh: () => void,
): () => void {
  let stale = false;
  const stopWatching = watchWrites(() => (stale = true));
  const onVisible = () => {
    if (page.visibilityState !== 'visible' || !stale) return;
    stale = false;
    refresh();
  };
  const onResume = () => {
    stale = true;
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
