import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyCapture } from './popup/early-capture';
import { startEarlyRead } from './popup/early-read';
import { paintFirstScreen } from './popup/paint-first-screen';
import { leaveHeadPaint } from './popup/first-screen-host';

// Loaded by the popup's head before its modules (popup/index.html), so the page is asked for its
// article, the rows are read and the snapshot's first screen is painted; the popup's code, loaded
// once that is on screen (popup/main.tsx), takes them over.
export default defineUnlistedScript(() => {
  startEarlyCapture();
  leaveHeadPaint(paintFirstScreen(startEarlyRead()));
});
