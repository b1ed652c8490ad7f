import { firstScreenShown, takeHeadPaint } from './first-screen-host';
import './style.css';

// The popup's entry, kept to a few hundred bytes. The App's code (Preact, its components, the
// messaging; ten files) is fetched and compiled once the head script's first screen has been
// painted (popup-read.ts): fetched with the page, as module scripts and their preloads are, those
// files took the renderer's main thread and the browser's file reads while the head script was
// still on its way, and ran just before the first frame.
// When the first screen is not on the page yet (storage.local has not answered, or there is no
// snapshot), the App's code is fetched at once: Chrome shows a popup at its load event, which waits
// for those files but not for storage, and would otherwise show an empty popup that then grows.
const headPainted = takeHeadPaint() ?? Promise.resolve();
const painted = firstScreenShown() ? headPainted : Promise.resolve();
void painted.then(() => import('./render-popup')).then(({ renderPopup }) => renderPopup(headPainted));
