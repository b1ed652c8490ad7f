const TEX_ENCODINGS = ['application/x-tex', 'application/x-latex', 'text/x-tex', 'tex'];

/** The TeX a MathML `<math>` element carries, or, when it carries none, its bare text. */
export interface MathTex {
  /** TeX, or with `source` `text` the MathML's text content (a fallback, not TeX). */
  tex: string;
  /** `converted`: TeX a MathML-to-TeX converter wrote from the MathML itself. */
  source: 'annotation' | 'alttext' | 'converted' | 'text';
}

/**
 * The TeX of `math`: its TeX annotation (KaTeX, Wikipedia and most converters write one), else its
 * `alttext` or MathJax 4's `data-latex`, else only its text. MathML is not converted to TeX here: the
 * one maintained converter (mathml-to-latex) brings an XML parser and would more than double the
 * script injected on every capture, so capture loads it only for pages that need it (convert-mathml).
 */
export function mathmlToTex(math: Element): MathTex {
  for (const annotation of Array.from(math.getElementsByTagName('annotation'))) {
    const encoding = (annotation.getAttribute('encoding') ?? '').toLowerCase();
    const tex = (annotation.textContent ?? '').trim();
    if (tex && TEX_ENCODINGS.includes(encoding)) return { tex, source: 'annotation' };
  }
  const written = math.getAttribute('alttext')?.trim() || math.getAttribute('data-latex')?.trim();
  if (written) return { tex: written, source: 'alttext' };
  return { tex: (math.textContent ?? '').replace(/\s+/g, ' ').trim(), source: 'text' };
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
