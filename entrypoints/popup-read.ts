import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from './popup/early-read';

// Loaded by the popup's head before its modules (popup/index.html), so the database opens while
// they load; the popup's code takes the read over (popup/use-articles.ts).
export default defineUnlistedScript(() => startEarlyRead());
