import type { DOMPurify } from 'dompurify';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../lib/reading/render-markdown';

// DOMPurify needs a real DOM; the end-to-end test checks the sanitised MathML in the browser.
const purify = {
  addHook: () => undefined,
  sanitize: (html: string) => html,
} as unknown as DOMPurify;

const render = (markdown: string): string => renderMarkdown(markdown, purify);

describe('math in the reading view', () => {
  it('renders inline TeX to MathML inside its paragraph', () => {
    const html = render('The square $x^2$ grows.');
    expect(html).toMatch(/^<p>The square <math>/);
    expect(html).toContain('<msup><mi>x</mi><mn');
    expect(html).toContain('</math> grows.</p>');
  });

  it('renders display TeX on its own lines as block MathML', () => {
    const html = render('Before:\n\n$$\n\\frac{a}{b}\n$$\n\nAfter.');
    expect(html).toMatch(/<p>Before:<\/p>\n<math display="block"[^>]*>.*<mfrac>.*<\/math>\n<p>After.<\/p>/s);
  });

  it('ends a paragraph where display math starts a line (after at most three spaces), not mid-line', () => {
    const blocks = (markdown: string) => render(markdown).replace(/<math[\s\S]*?<\/math>/g, 'MATH');
    expect(blocks('Before\n   $$x$$\nAfter')).toBe('<p>Before</p>\nMATH\n<p>After</p>\n');
    expect(blocks('Before\n    $$x$$\nAfter')).toBe('<p>Before\n    MATH\nAfter</p>\n');
    expect(blocks('Costs $$ or more\n$$y$$')).toBe('<p>Costs $$ or more</p>\nMATH\n');
  });

  it('renders one-line display math in a table cell', () => {
    const html = render('| Name | Formula |\n| --- | --- |\n| Norm | $$\\|x\\|$$ |');
    expect(html).toMatch(/<td>.*<math display="block"/s);
  });

  it.each([
    ['escaped dollars', 'From \\$5 to \\$10.', '<p>From $5 to $10.</p>\n'],
    ['money with spaces inside the dollars', 'From $5 to $ 10.', '<p>From $5 to $ 10.</p>\n'],
    ['a dollar before a digit', 'Costs $x$5 today.', '<p>Costs $x$5 today.</p>\n'],
    ['dollars in code', 'Run `echo $a $b` now.', '<p>Run <code>echo $a $b</code> now.</p>\n'],
  ])('leaves %s as text', (_name, markdown, expected) => {
    expect(render(markdown)).toBe(expected);
  });

  it('shows TeX it cannot read as code, escaped', () => {
    expect(render('Broken $\\frac{<b>$ here.')).toBe(
      '<p>Broken <code class="math-error">\\frac{&lt;b&gt;</code> here.</p>\n',
    );
  });
});
