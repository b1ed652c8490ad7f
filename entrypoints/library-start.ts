import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEarlyRead } from './library/early-read';
import { startSearchWorkerEarly } from './library/early-search-worker';

// Loaded by the library's head before its modules (library/index.html): the search worker starts
// and the first rows are read while they load; the page's code takes both over (use-search-worker.ts,
// use-library.ts), or starts them itself when this did not run.
export default defineUnlistedScript(() => {
  startSearchWorkerEarly();
  startEarlyRead();
});
