import type { MarkedExtension, Tokens } from 'marked';
import temml from 'temml';

// `$$` alone on a line, the TeX, `$$` alone on a line; or `$$TeX$$` as the whole line.
const DISPLAY_BLOCK =
  /^ {0,3}\$\$[ \t]*\n([\s\S]*?)\n[ \t]*\$\$[ \t]*(?:\n|$)|^ {0,3}\$\$(?!\$)([^\n]+?)\$\$[ \t]*(?:\n|$)/;
const DISPLAY_INLINE = /^\$\$(?!\$)((?:\\[\s\S]|[^\\$])+?)\$\$/;
// Pandoc's rule, which Obsidian and most renderers follow: no space just inside the dollars, and no
// digit just after the closing one, so "from $5 to $10" stays money.
const INLINE = /^\$(?![\s$])((?:\\[\s\S]|[^\\$\n])+?)(?<![\s\\])\$(?!\d)/;

interface MathToken extends Tokens.Generic {
  tex: string;
  display: boolean;
}

/**
 * Marked reads `$…$` and `$$…$$` as math and Temml turns their TeX into MathML, which the browser draws
 * with its own fonts: nothing is fetched and nothing from the captured page runs.
 */
export function mathExtension(): MarkedExtension {
  return {
    extensions: [
      {
        name: 'displayMath',
        level: 'block',
        start: displayStart,
        tokenizer: (source) => {
          const match = DISPLAY_BLOCK.exec(source);
          const tex = match?.[1] ?? match?.[2];
          if (!match || !tex?.trim()) return undefined;
          return { type: 'displayMath', raw: match[0], tex, display: true } satisfies MathToken;
        },
        renderer: (token) => `${renderTex((token as MathToken).tex, true)}\n`,
      },
      {
        name: 'inlineMath',
        level: 'inline',
        start: unescapedDollar,
        tokenizer: (source) => {
          const display = DISPLAY_INLINE.exec(source);
          const match = display ?? INLINE.exec(source);
          if (!match?.[1]) return undefined;
          return { type: 'inlineMath', raw: match[0], tex: match[1], display: !!display } satisfies MathToken;
        },
        renderer: (token) => renderTex((token as MathToken).tex, (token as MathToken).display),
      },
    ],
  };
}

/**
 * Where display math could start: `$$` after at most three spaces at the start of a line. Marked
 * asks before every paragraph with all the text after it; a multiline regular expression scanned
 * a long article's rest line by line each time (tens of milliseconds for 20,000 words); indexOf skips to the dollars.
 */
function displayStart(source: string): number | undefined {
  for (let at = source.indexOf('$$'); at !== -1; at = source.indexOf('$$', at + 1)) {
    let line = at;
    while (line > 0 && at - line < 3 && source[line - 1] === ' ') line--;
    if (line === 0 || LINE_END.test(source[line - 1] ?? '')) return line;
  }
  return undefined;
}

/** What ends a line for `^` in a multiline regular expression. */
const LINE_END = /[\n\r\u2028\u2029]/;

/** Where inline math could start: a dollar that no backslash escapes (marked reads `\$` itself). */
function unescapedDollar(source: string): number | undefined {
  for (let i = source.indexOf('$'); i !== -1; i = source.indexOf('$', i + 1)) {
    let backslashes = 0;
    while (source[i - 1 - backslashes] === '\\') backslashes++;
    if (backslashes % 2 === 0) return i;
  }
  return undefined;
}

/** Temml's MathML for `tex`; TeX it cannot read is shown as code, as it was stored. */
export function renderTex(tex: string, display: boolean): string {
  try {
    return temml.renderToString(tex, { displayMode: display, throwOnError: true });
  } catch {
    const code = `<code class="math-error">${escapeHtml(tex)}</code>`;
    return display ? `<p>${code}</p>` : code;
  }
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
