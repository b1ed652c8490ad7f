import type { Plugin } from 'vite';

/** A `<link rel="stylesheet">` of the page's own CSS as Vite writes it, with the file's path. */
const STYLESHEET_LINK = /<link rel="stylesheet"(?: crossorigin)? href="\/(assets\/[\w.-]+\.css)">/g;

/**
 * The page with each of its stylesheet links replaced by a `<style>` holding that file's text, so
 * the browser paints it without fetching a second file first (a stylesheet blocks the first frame).
 * A link whose file `cssOf` does not know is left as it is.
 */
export function inlineStylesheets(html: string, cssOf: (path: string) => string | undefined): string {
  return html.replace(STYLESHEET_LINK, (link, path: string) => {
    const css = cssOf(path);
    // A `</style>` inside the CSS would end the element early; Vite's minified CSS has none.
    return css === undefined || css.includes('</style') ? link : `<style>${css}</style>`;
  });
}

/**
 * Vite plugin: puts the CSS of the pages named (by their source path, as in the bundle) into their
 * HTML (see inlineStylesheets). For the
 * popup, whose first screen is painted by its head script as soon as storage answers: the
 * stylesheet, fetched beside that script, was one more file the first frame waited for.
 * The extension pages' content security policy restricts scripts, not styles.
 */
export function inlinePageStyles(pages: readonly string[]): Plugin {
  return {
    name: 'clean-capture:inline-page-styles',
    enforce: 'post',
    apply: 'build',
    generateBundle(_, bundle) {
      for (const page of pages) {
        const html = bundle[page];
        if (html?.type !== 'asset') continue;
        html.source = inlineStylesheets(String(html.source), (path) => {
          const css = bundle[path];
          return css?.type === 'asset' ? String(css.source) : undefined;
        });
      }
    },
  };
}
