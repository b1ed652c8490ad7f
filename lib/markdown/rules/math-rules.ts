import type { MarkdownRule } from '../rule-dispatcher.ts';
import { closestAncestor } from '../dom-queries.ts';
import { mathmlToTex } from '../mathml-to-tex.ts';
import { asBlock } from './block-content.ts';
import { inlineCode } from './inline-rules.ts';

/**
 * The attribute of the placeholder the capture puts in place of each formula (see
 * lib/capture/mark-math.ts); its value is `inline` or `display` and its text is the TeX.
 */
export const MATH_ATTRIBUTE = 'data-cc-math';

/** On a placeholder whose text is MathML's bare text, not TeX: MathML that carried no TeX. */
export const MATH_TEXT_ATTRIBUTE = 'data-cc-math-text';

// Places where a block cannot stand: display math there is written on one line.
const ONE_LINE_PARENTS = ['TD', 'TH', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'A', 'CAPTION', 'FIGCAPTION'];

/** Math as TeX, the form Obsidian, Pandoc, GitHub and most Markdown editors read. */
export const mathRules: Record<string, MarkdownRule> = {
  math: {
    tags: ['SPAN'],
    filter: (node) => node.nodeName === 'SPAN' && (node as Element).hasAttribute(MATH_ATTRIBUTE),
    // The TeX is written as it is: escaping it for Markdown (`\_`) would change the formula.
    replacement: (_content, node) => {
      const element = node as Element;
      const tex = element.textContent ?? '';
      const display = element.getAttribute(MATH_ATTRIBUTE) === 'display';
      if (element.hasAttribute(MATH_TEXT_ATTRIBUTE)) return mathText(tex, display);
      if (!display) return inlineMath(tex);
      if (closestAncestor(node, ONE_LINE_PARENTS)) return `$$${oneLineTex(tex)}$$`;
      return displayMath(tex);
    },
  },

  // MathML that reaches the conversion as it is (HTML converted without the capture's pre-pass):
  // its text is a jumble of symbols, its TeX reads and renders.
  mathml: {
    tags: ['MATH'],
    filter: (node) => node.nodeName.toUpperCase() === 'MATH',
    replacement: (content, node) => {
      const element = node as Element;
      const found = mathmlToTex(element);
      const display = element.getAttribute('display') === 'block';
      if (found.source === 'text') return mathText(found.tex, display);
      return display && !closestAncestor(node, ONE_LINE_PARENTS)
        ? displayMath(found.tex)
        : inlineMath(found.tex);
    },
  },
};

/**
 * MathML that carried no TeX, as a code span that says so: its bare text (`x=−b±b2−4ac2a`) is not
 * TeX and reads badly, but it is what the page holds, and nothing in it is taken for Markdown.
 */
export function mathText(text: string, display: boolean): string {
  const line = oneLineTex(text);
  if (!line) return '';
  const code = inlineCode(`MathML: ${line}`);
  return display ? asBlock(code) : code;
}

/** `$tex$`: on one line, with no space inside the dollars, as renderers require of inline math. */
export function inlineMath(tex: string): string {
  const line = oneLineTex(tex);
  return line ? `$${line}$` : '';
}

/** `$$` on its own line, the TeX, `$$` again, as a block. */
export function displayMath(tex: string): string {
  const line = oneLineTex(tex);
  return line ? `\n\n$$\n${line}\n$$\n\n` : '';
}

// The conversion collapses whitespace in text before any rule sees it, so TeX arrives on one line
// (see withoutTexComments for why that is safe).
// A space after a `<` that could open an HTML tag: TeX ignores spaces in math, and an app that reads
// no math would otherwise take `<img …>` in a formula (or in hostile MathML text) for markup.
function oneLineTex(tex: string): string {
  return tex
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/<(?=[A-Za-z/!?])/g, '< ');
}
