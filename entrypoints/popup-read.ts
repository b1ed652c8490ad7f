import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyCapture } from './popup/early-capture';
import { startEarlyRead } from './popup/early-read';

// Loaded by the popup's head before its modules (popup/index.html), so the page is asked for its
// article and the database opens while they load; the popup's code takes both over (popup/main.tsx).
export default defineUnlistedScript(() => {
  startEarlyCapture();
  startEarlyRead();
});
