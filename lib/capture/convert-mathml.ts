/**
 * Turns a MathML `<math>` element that carries no TeX into TeX, or answers null. Capture runs
 * without one, keeping such MathML as marked text, unless the page has some: then the background
 * injects the converter (a script of its own, mathml-to-latex and its XML parser, about 180 KB)
 * before capturing again, so pages without math never load it.
 */
export type MathmlConverter = (math: Element) => string | null;

/** The isolated-world global the converter script leaves its converter in; only our scripts see it. */
export const MATHML_CONVERTER_KEY = '__cleanCaptureMathmlToTex';

/**
 * A converter from a MathML-to-TeX function over XML text and the serializer that writes the
 * element as XML (the page's HTML serialization is not XML: `&nbsp;`, no namespace). A formula the
 * function cannot take, or turns into nothing, gives null: its text is kept instead.
 */
export function createMathmlConverter(
  toTex: (xml: string) => string,
  serialize: (math: Element) => string,
): MathmlConverter {
  return (math) => {
    try {
      const tex = toTex(serialize(math)).replace(/\s+/g, ' ').trim();
      return tex || null;
    } catch {
      return null;
    }
  };
}
