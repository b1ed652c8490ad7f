import { MATH_ATTRIBUTE, MATH_TEXT_ATTRIBUTE } from '../markdown/rules/math-rules.ts';
import { mathmlToTex, withoutTexComments, type MathTex } from '../markdown/mathml-to-tex.ts';
import { ELEMENT_NODE, TEXT_NODE } from '../markdown/dom-queries.ts';
import type { MathmlConverter } from './convert-mathml.ts';
import { parseNoscript } from './parse-noscript.ts';

/**
 * Before extraction: every formula the page shows (MathML, KaTeX, MathJax 2 and 3) becomes one plain
 * `<span data-cc-math="inline|display">` holding its TeX (for MathML that carries no TeX, what
 * `convert` writes from it, or without a converter its text, marked as such). Done first, in the copy of the page, because the steps after it lose the source:
 * the pre-pass drops `<script>` (where MathJax 2 keeps the TeX) and `aria-hidden` output, and Turndown
 * would spell out the visual copies as garbled text. A span is phrasing content, so Readability keeps
 * it inside its paragraph.
 */

const MATHJAX_TEX = /^math\/tex(?:;|$)/i;
const MATHJAX_MATHML = /^math\/mml(?:;|$)/i;
// The visual copies MathJax 2 puts before its script: the preview, the rendered frame, its display box.
const MATHJAX2_OUTPUT = /(?:^|\s)(?:MathJax|MJXc|mjx-chtml)/;
const KATEX = /(?:^|\s)katex(?:\s|$)/;
const KATEX_DISPLAY = /(?:^|\s)katex-display(?:\s|$)/;

/** Replaces each formula in `doc` (a copy of the page) with a placeholder holding its TeX. */
export function markMath(doc: Document, convert?: MathmlConverter): void {
  const scripts = Array.from(doc.getElementsByTagName('script')).filter(isMathScript);
  const formulas = Array.from(doc.getElementsByTagName('math'));
  const containers = Array.from(doc.getElementsByTagName('mjx-container'));
  // Most pages have no math: three tag look-ups and out.
  if (scripts.length === 0 && formulas.length === 0 && containers.length === 0) return;
  const texOf = (math: Element): MathTex => {
    const found = mathmlToTex(math);
    const converted = found.source === 'text' ? convert?.(math) : null;
    return converted ? { tex: converted, source: 'converted' } : found;
  };
  for (const script of scripts) markMathJax2(doc, script, texOf);
  for (const container of containers) markMathJax3(doc, container, texOf);
  for (const math of formulas) {
    // Not `isConnected`: linkedom answers false for every element of a cloned document.
    if (isInside(math, doc)) markMathElement(doc, math, texOf);
  }
}

/**
 * Whether `doc` shows MathML that carries no TeX (MathJax 3's assistive copy, hand-written MathML):
 * only a converter turns it into TeX. Most pages answer at one tag look-up.
 */
export function hasMathmlWithoutTex(doc: Document): boolean {
  for (const math of Array.from(doc.getElementsByTagName('math'))) {
    const container = math.closest('mjx-container');
    if (container?.getAttribute('data-latex')?.trim()) continue;
    if (mathmlToTex(math).source === 'text' && (math.textContent ?? '').trim()) return true;
  }
  return Array.from(doc.getElementsByTagName('script')).some(
    (script) =>
      MATHJAX_MATHML.test((script.getAttribute('type') ?? '').trim()) &&
      mathmlSource(doc, script, mathmlToTex)?.source === 'text',
  );
}

function isMathScript(script: Element): boolean {
  const type = (script.getAttribute('type') ?? '').trim();
  return MATHJAX_TEX.test(type) || MATHJAX_MATHML.test(type);
}

/** MathJax 2 keeps the source in `<script type="math/tex">` (or `math/mml`) after what it drew. */
type TexOf = (math: Element) => MathTex;

function markMathJax2(doc: Document, script: Element, texOf: TexOf): void {
  const type = (script.getAttribute('type') ?? '').trim();
  const source = script.textContent ?? '';
  const found: MathTex | null = MATHJAX_TEX.test(type)
    ? { tex: source.trim(), source: 'annotation' }
    : mathmlSource(doc, script, texOf);
  const display = /mode\s*=\s*display/i.test(type) || /display\s*=\s*["']block/.test(source);
  for (let before = drawnBefore(script); before; before = drawnBefore(script)) before.remove();
  if (found?.tex) script.replaceWith(placeholder(doc, found, display));
}

/** The TeX of MathML kept as a script's text, parsed as inertly as a `<noscript>`'s. */
function mathmlSource(doc: Document, script: Element, texOf: TexOf): MathTex | null {
  const math = parseNoscript(doc, script).querySelector('math');
  return math ? texOf(math) : null;
}

/** MathJax 2's drawing right before `script` (only whitespace between), or null. */
function drawnBefore(script: Element): Element | null {
  let node = script.previousSibling;
  while (node && node.nodeType === TEXT_NODE && !(node.textContent ?? '').trim()) node = node.previousSibling;
  if (node?.nodeType !== ELEMENT_NODE) return null;
  const element = node as Element;
  return MATHJAX2_OUTPUT.test(element.getAttribute('class') ?? '') ? element : null;
}

/** MathJax 3 draws into `<mjx-container>` beside an assistive copy in MathML. */
function markMathJax3(doc: Document, container: Element, texOf: TexOf): void {
  const math = container.getElementsByTagName('math')[0];
  const written = container.getAttribute('data-latex')?.trim();
  const found: MathTex | null = written ? { tex: written, source: 'alttext' } : math ? texOf(math) : null;
  if (!found?.tex) return;
  const display = container.getAttribute('display') === 'true' || math?.getAttribute('display') === 'block';
  container.replaceWith(placeholder(doc, found, display));
}

/** A `<math>` of the page's own, or the MathML half of KaTeX's output (the other half is its drawing). */
function markMathElement(doc: Document, math: Element, texOf: TexOf): void {
  let host: Element = math;
  let display = math.getAttribute('display') === 'block';
  const katex = closestByClass(math, KATEX);
  if (katex) {
    host = katex;
    const parent = katex.parentElement;
    if (parent && KATEX_DISPLAY.test(parent.getAttribute('class') ?? '')) {
      host = parent;
      display = true;
    }
  }
  const found = texOf(math);
  if (found.tex) host.replaceWith(placeholder(doc, found, display));
  else host.remove();
}

/** Whether `element` is still in `doc`: not taken out with a formula replaced before it. */
function isInside(element: Element, doc: Document): boolean {
  let current: Node = element;
  while (current.parentNode) current = current.parentNode;
  return current === doc;
}

function closestByClass(element: Element, pattern: RegExp): Element | null {
  for (let current = element.parentElement; current; current = current.parentElement) {
    if (pattern.test(current.getAttribute('class') ?? '')) return current;
  }
  return null;
}

function placeholder(doc: Document, found: MathTex, display: boolean): Element {
  const span = doc.createElement('span');
  span.setAttribute(MATH_ATTRIBUTE, display ? 'display' : 'inline');
  if (found.source === 'text') span.setAttribute(MATH_TEXT_ATTRIBUTE, '');
  span.textContent = found.source === 'text' ? found.tex : withoutTexComments(found.tex);
  return span;
}
