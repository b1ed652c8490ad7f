import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyCapture } from './popup/early-capture';
import { startEarlyRead } from './popup/early-read';
import { paintFirstScreen } from './popup/paint-first-screen';

// Loaded by the popup's head before its modules (popup/index.html), so the page is asked for its
// article, the rows are read and the snapshot's first screen is painted while they load; the
// popup's code takes them over (popup/main.tsx).
export default defineUnlistedScript(() => {
  startEarlyCapture();
  paintFirstScreen(startEarlyRead());
});
