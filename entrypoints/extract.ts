import * as v from 'valibot';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureArticle } from '../lib/capture/capture-article';
import {
  captureImageDocument,
  checkDocument,
  IMAGE_NOT_AN_ARTICLE,
  isImageDocument,
} from '../lib/capture/check-document';
import { EXTRACT_OPTIONS_KEY, ExtractOptionsSchema, type ExtractResult } from '../lib/platform/messages';

// Injected on demand by the background (scripting.executeScript) into the page's isolated world;
// what main() returns travels back as the injection result.
export default defineUnlistedScript((): ExtractResult => {
  const options = v.safeParse(ExtractOptionsSchema, Reflect.get(globalThis, EXTRACT_OPTIONS_KEY));
  const wholePage = options.success && options.output.wholePage;
  // Read once: the address and the content below come from the same document, whatever the tab does.
  const pageUrl = location.href;
  try {
    if (isImageDocument(document)) {
      return wholePage
        ? { ok: true, article: captureImageDocument(pageUrl) }
        : { ok: false, ...IMAGE_NOT_AN_ARTICLE };
    }
    const problem = checkDocument(document);
    if (problem) return { ok: false, ...problem };
    return captureArticle(document, pageUrl, { wholePage });
  } catch (error) {
    return { ok: false, reason: 'crashed', message: `Capture failed in this page: ${String(error)}` };
  }
});
