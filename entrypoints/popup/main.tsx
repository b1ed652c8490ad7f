import { valueWithin } from '../../lib/list/value-within';
import { takeHeadPaint } from './first-screen-host';
import './style.css';

/** The longest the App's code waits for the head script's first screen before loading anyway. */
const HEAD_PAINT_WAIT_MS = 100;

// The popup's entry, kept to a few hundred bytes: the App's code (Preact, its components, the
// messaging; ten files) is fetched and compiled only once the head script's first screen has been
// painted (popup-read.ts). Fetched with the page, as module scripts and their preloads are, those
// files took the renderer's main thread and the browser's file reads while the head script was
// still on its way, and ran just before the first frame. Chrome shows the popup at its load event,
// which then no longer waits for them and may come before the first screen: the popup's body has
// its size before anything is painted in it (style.css).
const headPainted = takeHeadPaint() ?? Promise.resolve();
void valueWithin(headPainted, HEAD_PAINT_WAIT_MS)
  .then(() => import('./render-popup'))
  .then(({ renderPopup }) => renderPopup(headPainted));
