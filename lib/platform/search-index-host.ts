import { browser } from 'wxt/browser';

/**
 * The page that runs the search indexer's worker while no library tab is open. Chrome's MV3
 * background is a service worker, which can start no dedicated worker and has no OPFS sync access
 * handles: it opens the page as an offscreen document (reason WORKERS). Firefox's background is an
 * event page with a document of its own: the page goes into an iframe there, so both browsers run
 * the same page and worker.
 */
const PAGE = '/search-indexer.html';
const FRAME_MARK = 'data-search-indexer';

type Offscreen = NonNullable<typeof browser.offscreen>;

function offscreenApi(): Offscreen | undefined {
  // Absent in Firefox and in Chrome before 109.
  return (browser as { offscreen?: Offscreen }).offscreen;
}

/**
 * Opens the indexer page; resolves to false when one was open already (an earlier pass still
 * running: it may have read the articles before the latest change). Rejects where neither an
 * offscreen document nor a document of the background's own is at hand.
 */
export async function openIndexerPage(): Promise<boolean> {
  const url = browser.runtime.getURL(PAGE);
  const offscreen = offscreenApi();
  if (offscreen) {
    if (await offscreen.hasDocument()) return false;
    await offscreen.createDocument({
      url,
      reasons: ['WORKERS'],
      justification: 'Updates the full-text search index of saved articles in a worker.',
    });
    return true;
  }
  if (typeof document === 'undefined') throw new Error('No offscreen document and no background page.');
  if (document.querySelector(`iframe[${FRAME_MARK}]`)) return false;
  const frame = document.createElement('iframe');
  frame.setAttribute(FRAME_MARK, '');
  frame.src = url;
  document.body.append(frame);
  return true;
}

/** Closes the indexer page, which ends its worker and lets go of the index's file; no-op when none is open. */
export async function closeIndexerPage(): Promise<void> {
  const offscreen = offscreenApi();
  if (offscreen) {
    if (await offscreen.hasDocument()) await offscreen.closeDocument();
    return;
  }
  if (typeof document !== 'undefined') document.querySelector(`iframe[${FRAME_MARK}]`)?.remove();
}
