import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { MathMLToLaTeX } from 'mathml-to-latex';
import { createMathmlConverter, type MathmlConverter } from '../../lib/capture/convert-mathml.ts';
import { hasMathmlWithoutTex, markMath } from '../../lib/capture/mark-math.ts';

/** The page after the pre-pass: each placeholder as `mode: TeX`, and the words left around them. */
function marked(body: string, convert?: MathmlConverter): { formulas: string[]; text: string } {
  const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
  markMath(document, convert);
  const formulas = Array.from(document.querySelectorAll('[data-cc-math]')).map(
    (span) =>
      `${span.getAttribute('data-cc-math')}${span.hasAttribute('data-cc-math-text') ? ' text' : ''}: ${span.textContent}`,
  );
  for (const span of Array.from(document.querySelectorAll('[data-cc-math]'))) span.remove();
  return { formulas, text: (document.body.textContent ?? '').replace(/\s+/g, ' ').trim() };
}

const KATEX_INLINE =
  '<span class="katex"><span class="katex-mathml"><math><semantics><mrow><msup><mi>e</mi><mi>x</mi></msup></mrow><annotation encoding="application/x-tex">e^x</annotation></semantics></math></span><span class="katex-html" aria-hidden="true"><span class="mord">e</span><span class="msupsub">x</span></span></span>';

describe('markMath', () => {
  it.each([
    [
      'MathML: its TeX annotation before its alttext',
      '<p>a <math alttext="x^{2}"><semantics><msup><mi>x</mi><mn>2</mn></msup><annotation encoding="application/x-tex">x^2</annotation></semantics></math> b</p>',
      ['inline: x^2'],
    ],
    [
      'MathML: its alttext',
      '<p>a <math alttext="x_{i}"><msub><mi>x</mi><mi>i</mi></msub></math> b</p>',
      ['inline: x_{i}'],
    ],
    [
      'MathML without TeX: its text, marked as not TeX',
      '<p>a <math display="block"><mfrac><mi>a</mi><mi>b</mi></mfrac></math> b</p>',
      ['display text: ab'],
    ],
    ['KaTeX inline, without its drawing', `<p>a ${KATEX_INLINE} b</p>`, ['inline: e^x']],
    [
      'KaTeX display',
      `<p>a</p>\n<span class="katex-display">${KATEX_INLINE}</span><p>b</p>`,
      ['display: e^x'],
    ],
    [
      'MathJax 2 inline, without its preview and drawing',
      '<p>a <span class="MathJax_Preview">x2</span><span class="MathJax" id="MathJax-Element-1-Frame"><nobr aria-hidden="true">x2</nobr><span class="MJX_Assistive_MathML"><math><msup><mi>x</mi><mn>2</mn></msup></math></span></span><script type="math/tex" id="MathJax-Element-1">x^2</script> b</p>',
      ['inline: x^2'],
    ],
    [
      'MathJax 2 display, with its display box',
      '<p>a</p>\n<span class="MathJax_Preview"></span><div class="MathJax_Display"><span class="MathJax">∑k</span></div><script type="math/tex; mode=display">\\sum_k k</script><p>b</p>',
      ['display: \\sum_k k'],
    ],
    [
      'MathJax 2 source not yet typeset',
      '<p>a <script type="math/tex">\\alpha</script> b</p>',
      ['inline: \\alpha'],
    ],
    [
      'MathJax 2 MathML source',
      '<p>a <script type="math/mml"><math alttext="\\sqrt{y}"><msqrt><mi>y</mi></msqrt></math></script> b</p>',
      ['inline: \\sqrt{y}'],
    ],
    [
      'MathJax 3 inline from its assistive MathML, which carries no TeX',
      '<p>a <mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>y</mjx-mi></mjx-math><mjx-assistive-mml display="inline"><math><msub><mi>y</mi><mn>0</mn></msub></math></mjx-assistive-mml></mjx-container> b</p>',
      ['inline text: y0'],
    ],
    [
      'MathJax 3 display with its TeX written on it',
      '<p>a</p>\n<mjx-container class="MathJax" jax="SVG" display="true" data-latex="\\int f"><mjx-assistive-mml display="block"><math display="block"><mo>∫</mo><mi>f</mi></math></mjx-assistive-mml></mjx-container><p>b</p>',
      ['display: \\int f'],
    ],
    [
      'TeX comments, which would swallow the rest of a joined line',
      '<p>a <script type="math/tex">x % the unknown\n+ 1</script> b</p>',
      ['inline: x \n+ 1'],
    ],
  ])('%s', (_name, body, formulas) => {
    expect(marked(body)).toEqual({ formulas, text: 'a b' });
  });

  it('takes only the drawing right before a MathJax 2 script, not a MathJax-named element further back', () => {
    const body =
      '<p><span class="MathJax-note">See note 1</span> and then <span class="MathJax_Preview">x</span> <script type="math/tex">x</script> b</p>';
    expect(marked(body)).toEqual({ formulas: ['inline: x'], text: 'See note 1 and then b' });
  });

  it('leaves a page without math as it was', () => {
    const body = '<p>Costs $5 <script>var x = 1;</script><span class="MathJax_Preview">not math</span></p>';
    const { document } = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
    markMath(document);
    expect(document.body.innerHTML).toBe(body);
  });
});

// The converter the extension injects, over linkedom, whose outerHTML of MathML is XML enough.
const converter = createMathmlConverter(
  (xml) => MathMLToLaTeX.convert(xml),
  (math) => math.outerHTML,
);

const MATHJAX3_DISPLAY =
  '<mjx-container class="MathJax" jax="CHTML" display="true"><mjx-math display="true" class="MJX-TEX" aria-hidden="true"><mjx-mi>x</mjx-mi></mjx-math><mjx-assistive-mml unselectable="on" display="block"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>x</mi><mo>=</mo><mfrac><mrow><mo>−</mo><mi>b</mi></mrow><mrow><mn>2</mn><mi>a</mi></mrow></mfrac></math></mjx-assistive-mml></mjx-container>';

describe('markMath with the MathML converter', () => {
  it('writes TeX for MathML that carries none: MathJax 3’s assistive copy, plain MathML', () => {
    expect(
      marked(
        `<p>a</p>${MATHJAX3_DISPLAY}<p>b <math><msup><mi>e</mi><mi>x</mi></msup></math> c</p>`,
        converter,
      ),
    ).toEqual({
      formulas: ['display: x = \\frac{- b}{2 a}', 'inline: e^{x}'],
      text: 'ab c',
    });
  });

  it('still prefers the TeX the page wrote, and keeps the text of what it cannot convert', () => {
    const asked: string[] = [];
    const refusing: MathmlConverter = (math) => {
      asked.push(math.textContent ?? '');
      return null;
    };
    expect(
      marked('<p><math alttext="y"><mi>y</mi></math> and <math><mi>z</mi></math></p>', refusing).formulas,
    ).toEqual(['inline: y', 'inline text: z']);
    expect(asked).toEqual(['z']);
  });
});

describe('hasMathmlWithoutTex', () => {
  const has = (body: string) =>
    hasMathmlWithoutTex(parseHTML(`<!doctype html><html><body>${body}</body></html>`).document);

  it.each([
    ['MathJax 3’s assistive MathML', MATHJAX3_DISPLAY, true],
    ['plain MathML', '<p><math><mi>x</mi></math></p>', true],
    ['MathML with its TeX', '<math alttext="x"><mi>x</mi></math>', false],
    ['KaTeX', KATEX_INLINE, false],
    [
      'MathJax 3 that wrote data-latex',
      MATHJAX3_DISPLAY.replace('display="true">', 'display="true" data-latex="x">'),
      false,
    ],
    ['a page without math', '<p>Prices rose 3% in May.</p>', false],
  ])('%s: %s', (_name, body, expected) => {
    expect(has(body)).toBe(expected);
  });
});

describe('createMathmlConverter', () => {
  it('answers null for MathML the converter fails on or turns into nothing', () => {
    const { document } = parseHTML('<!doctype html><html><body><math><mi>x</mi></math></body></html>');
    const math = document.querySelector('math') as Element;
    const throwing = createMathmlConverter(
      () => {
        throw new Error('bad XML');
      },
      (m) => m.outerHTML,
    );
    const empty = createMathmlConverter(
      () => '  ',
      (m) => m.outerHTML,
    );
    expect([throwing(math), empty(math)]).toEqual([null, null]);
  });
});
