import { MathMLToLaTeX } from 'mathml-to-latex';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createMathmlConverter, MATHML_CONVERTER_KEY } from '../lib/capture/convert-mathml';

// Injected by the background into the page's isolated world, before the extract script runs again,
// only when the page shows MathML without TeX (see capture-tab.ts): pages without math never load
// the converter and its XML parser.
export default defineUnlistedScript(() => {
  const serializer = new XMLSerializer();
  const convert = createMathmlConverter(
    (xml) => MathMLToLaTeX.convert(xml),
    (math) => serializer.serializeToString(math),
  );
  Reflect.set(globalThis, MATHML_CONVERTER_KEY, convert);
});
