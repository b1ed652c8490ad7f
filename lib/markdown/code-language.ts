import { classTokens } from './dom-queries.ts';

const CLASS_PATTERNS = [/^language-(.+)$/, /^lang-(.+)$/, /^highlight-source-(.+)$/, /^highlight-(.+)$/];
/** Classes that sit next to a bare language name, as in `hljs js` or Pandoc's `sourceCode python`. */
const MARKER_CLASSES = new Set(['hljs', 'sourcecode']);
const NOT_LANGUAGES = new Set([
  ...['none', 'nohighlight', 'no-highlight', 'undefined', 'null', 'auto', 'wrap', 'linenums'],
  ...['wrapper', 'container', 'block', 'default', 'line', 'lines', 'table', 'inline'],
]);

/**
 * The language of a code block, from the `<code>`, the `<pre>` or a wrapper: `language-x`, `lang-x`,
 * `highlight-source-x`, `highlight-x`, SyntaxHighlighter's `brush: x`, `data-lang`, `data-language`.
 * Null when none is named.
 */
export function codeLanguage(elements: readonly Element[]): string | null {
  for (const element of elements) {
    const found = fromAttributes(element) ?? fromClasses(element);
    if (found) return found;
  }
  return null;
}

function fromAttributes(element: Element): string | null {
  for (const name of ['data-lang', 'data-language', 'data-tagsearch-lang']) {
    const value = clean(element.getAttribute(name));
    if (value) return value;
  }
  const brush = /\bbrush:\s*([^;\s]+)/i.exec(element.getAttribute('class') ?? '');
  return clean(brush?.[1]);
}

function fromClasses(element: Element): string | null {
  const tokens = classTokens(element);
  for (const token of tokens) {
    for (const pattern of CLASS_PATTERNS) {
      const value = clean(pattern.exec(token)?.[1]);
      if (value) return value;
    }
  }
  if (tokens.some((token) => MARKER_CLASSES.has(token))) {
    const bare = tokens.filter((token) => !MARKER_CLASSES.has(token) && /^[a-z][\w+#-]{0,30}$/.test(token));
    if (bare.length === 1) return clean(bare[0]);
  }
  return null;
}

/** A safe info string: one word, no backticks, lower case. */
function clean(value: string | null | undefined): string | null {
  const word = value
    ?.trim()
    .toLowerCase()
    .replace(/[^\w+#.-]/g, '');
  return word && !NOT_LANGUAGES.has(word) ? word : null;
}
