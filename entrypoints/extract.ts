import * as v from 'valibot';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '../lib/capture/capture-page';
import { EXTRACT_OPTIONS_KEY, ExtractOptionsSchema, type ExtractResult } from '../lib/messaging/messages';

// Injected on demand by the background (scripting.executeScript) into the page's isolated world;
// what main() returns travels back as the injection result.
export default defineUnlistedScript((): ExtractResult => {
  const options = v.safeParse(ExtractOptionsSchema, Reflect.get(globalThis, EXTRACT_OPTIONS_KEY));
  const wholePage = options.success && options.output.wholePage;
  try {
    // Read once: the address and the content come from the same document, whatever the tab does.
    return capturePage(document, location.href, { wholePage });
  } catch (error) {
    return { ok: false, reason: 'crashed', message: `Capture failed in this page: ${String(error)}` };
  }
});
