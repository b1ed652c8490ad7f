import { describe, expect, it } from 'vitest';
import { convertHtml } from '../convert-html.ts';

const inline = (tex: string): string => `<span data-cc-math="inline">${tex}</span>`;
const display = (tex: string): string => `<span data-cc-math="display">${tex}</span>`;

describe('the capture’s math placeholders become TeX', () => {
  it.each([
    ['inline math between words', `<p>So ${inline('x^2')} grows.</p>`, 'So $x^2$ grows.'],
    [
      'TeX with Markdown characters, written as it is',
      `<p>Take ${inline('a_1 * b_2 + [c]_{*}')} now.</p>`,
      'Take $a_1 * b_2 + [c]_{*}$ now.',
    ],
    ['inline TeX over several lines, on one', `<p>${inline('a\n  +\n b')}</p>`, '$a + b$'],
    [
      'display math on its own lines between paragraphs',
      `<p>Before:</p>${display('\\sum_{k=1}^{n} k')}<p>After.</p>`,
      'Before:\n\n$$\n\\sum_{k=1}^{n} k\n$$\n\nAfter.',
    ],
    [
      'display math inside a paragraph, apart from its words',
      `<p>We have ${display('E = mc^2')}, as shown.</p>`,
      'We have\n\n$$\nE = mc^2\n$$\n\n, as shown.',
    ],
    [
      'display math in a table cell, on one line with its bars escaped',
      `<table><tr><th>Name</th><th>Formula</th></tr><tr><td>Norm</td><td>${display('|x|')}</td></tr></table>`,
      '| Name | Formula |\n| --- | --- |\n| Norm | $$\\|x\\|$$ |',
    ],
    [
      'MathML text marked by the capture, as a code span that says so',
      '<p>Root <span data-cc-math="inline" data-cc-math-text="">x+y1</span>.</p>',
      'Root `MathML: x+y1`.',
    ],
    ['an empty placeholder, dropped', `<p>a ${inline(' ')} b</p>`, 'a b'],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });
});

describe('MathML that reaches the conversion as it is becomes TeX', () => {
  it.each([
    [
      'its TeX annotation first',
      '<p>Area <math alttext="A=\\pi r^{2}"><semantics><mi>A</mi><annotation encoding="application/x-tex">A = \\pi r^2</annotation></semantics></math>.</p>',
      'Area $A = \\pi r^2$.',
    ],
    [
      'else its alttext',
      '<p>Area <math alttext="\\pi r^2"><mi>π</mi><msup><mi>r</mi><mn>2</mn></msup></math>.</p>',
      'Area $\\pi r^2$.',
    ],
    [
      'else its text, in a code span that says it is not TeX',
      '<p>Root <math><msqrt><mi>x</mi></msqrt><mo>+</mo><msub><mi>y</mi><mn>1</mn></msub></math>.</p>',
      'Root `MathML: x+y1`.',
    ],
    [
      'a block formula as display math',
      '<p>See</p><math display="block" alttext="a^2+b^2=c^2"><mi>a</mi></math>',
      'See\n\n$$\na^2+b^2=c^2\n$$',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });
});

describe('dollar signs in text', () => {
  it.each([
    ['a lone dollar stays as it is', '<p>It costs $5.</p>', 'It costs $5.'],
    ['two in one paragraph are escaped', '<p>From $5 to $10.</p>', 'From \\$5 to \\$10.'],
    ['one per paragraph stays', '<p>From $5.</p><p>To $10.</p>', 'From $5.\n\nTo $10.'],
    ['beside math, escaped', `<p>Pay $3 for ${inline('x')}.</p>`, 'Pay \\$3 for $x$.'],
    ['in code, as it is', '<p><code>$a $b</code></p>', '`$a $b`'],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });
});

describe('math never carries an HTML tag into the Markdown', () => {
  it.each([
    // `a< b` is the same formula to TeX; to a Markdown app without math, `<b` would open a tag.
    ['TeX with a letter after <', `<p>${inline('a&lt;b')}</p>`, '$a< b$'],
    [
      'MathML text shaped like a tag',
      '<p><math><mtext>&lt;img src=x onerror=alert(1)&gt;</mtext></math></p>',
      '`MathML: < img src=x onerror=alert(1)>`',
    ],
  ])('%s', (_name, html, expected) => {
    expect(convertHtml(html)).toBe(expected);
  });
});
