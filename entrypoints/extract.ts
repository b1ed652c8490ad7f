import * as v from 'valibot';
import { message } from '../lib/i18n/message';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { capturePage } from '../lib/capture/capture-page';
import { MATHML_CONVERTER_KEY, type MathmlConverter } from '../lib/capture/convert-mathml';
import { hasMathmlWithoutTex } from '../lib/capture/mark-math';
import { EXTRACT_OPTIONS_KEY, ExtractOptionsSchema, type ExtractResult } from '../lib/messaging/messages';

// Injected on demand by the background (scripting.executeScript) into the page's isolated world;
// what main() returns travels back as the injection result.
/** What the user has selected in this document; Firefox keeps several ranges (Ctrl-select), Chrome one. */
function selectedRanges(): Range[] {
  const selection = document.getSelection();
  if (!selection) return [];
  const ranges: Range[] = [];
  for (let i = 0; i < selection.rangeCount; i++) ranges.push(selection.getRangeAt(i));
  return ranges.filter((range) => !range.collapsed);
}

export default defineUnlistedScript((): ExtractResult => {
  const options = v.safeParse(ExtractOptionsSchema, Reflect.get(globalThis, EXTRACT_OPTIONS_KEY));
  const wholePage = options.success && options.output.wholePage;
  const selected = options.success && options.output.selection ? selectedRanges() : undefined;
  try {
    // Left here by the converter script, injected only for pages this script said need it.
    const found: unknown = Reflect.get(globalThis, MATHML_CONVERTER_KEY);
    const convertMathml = typeof found === 'function' ? (found as MathmlConverter) : undefined;
    // Read once: the address and the content come from the same document, whatever the tab does.
    const markdownStyle = options.success ? options.output.markdownStyle : undefined;
    const result = capturePage(document, location.href, {
      wholePage,
      selection: selected,
      convertMathml,
      markdownStyle,
    });
    return result.ok && !convertMathml && hasMathmlWithoutTex(document)
      ? { ...result, unconvertedMathml: true }
      : result;
  } catch (error) {
    return { ok: false, reason: 'crashed', message: message('capture.crashed', String(error)) };
  }
});
