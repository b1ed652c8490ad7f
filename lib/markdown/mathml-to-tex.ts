import { MathMLToLaTeX } from 'mathml-to-latex';

const TEX_ENCODINGS = ['application/x-tex', 'application/x-latex', 'text/x-tex', 'tex'];
// HTML serialises a no-break space as an entity the XML parser behind the converter does not know.
const HTML_ONLY_ENTITY = /&nbsp;/g;

/** The TeX of a MathML `<math>` element and how it was found: written by the page, or worked out. */
export interface MathTex {
  tex: string;
  /** `converted` when worked out from the MathML, `text` when even that failed and only the text is left. */
  source: 'annotation' | 'alttext' | 'converted' | 'text';
}

/**
 * The TeX of `math`: its TeX annotation (KaTeX, Wikipedia and most converters write one), else its
 * `alttext`, else the MathML converted to LaTeX, else its bare text.
 */
export function mathmlToTex(math: Element): MathTex {
  for (const annotation of Array.from(math.getElementsByTagName('annotation'))) {
    const encoding = (annotation.getAttribute('encoding') ?? '').toLowerCase();
    const tex = (annotation.textContent ?? '').trim();
    if (tex && TEX_ENCODINGS.includes(encoding)) return { tex, source: 'annotation' };
  }
  const alttext = math.getAttribute('alttext')?.trim() ?? math.getAttribute('data-latex')?.trim();
  if (alttext) return { tex: alttext, source: 'alttext' };
  const converted = convertMathml(math.outerHTML);
  if (converted) return { tex: converted, source: 'converted' };
  return { tex: (math.textContent ?? '').replace(/\s+/g, ' ').trim(), source: 'text' };
}

/** MathML markup converted to LaTeX, or null when the converter cannot read it. */
export function convertMathml(markup: string): string | null {
  try {
    // The converter parses a string with its own XML parser: it needs no DOM of the page's.
    const tex = MathMLToLaTeX.convert(markup.replace(HTML_ONLY_ENTITY, '&#160;')).trim();
    return tex || null;
  } catch {
    return null;
  }
}

// A `%` no backslash escapes starts a comment that runs to the end of its line.
const TEX_COMMENT = /(^|[^\\])((?:\\\\)*)%[^\n]*/g;

/**
 * `tex` without its comments: the Markdown holds a formula on one line, where a comment would swallow
 * everything after it.
 */
export function withoutTexComments(tex: string): string {
  return tex.includes('%') ? tex.replace(TEX_COMMENT, '$1$2') : tex;
}
