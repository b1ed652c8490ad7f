import { Lexer, type Token } from 'marked';
import { htmlImageSources } from './html-image-sources';

/**
 * The distinct http(s) image addresses of an article's Markdown, in reading order, read by the
 * reading view's own Markdown parser (so escapes and titles are undone the same way) and written as
 * the URL parser writes them: the key an image is stored under, which the reading view finds again
 * by passing each `src` through {@link imageAddress}. Images written as HTML (`<img>` in a table or
 * figure kept as HTML, in Markdown from other tools) count too: the reading view shows them as
 * well. Code is not HTML. Markdown the parser cannot take has none.
 */
export function listMarkdownImages(markdown: string): string[] {
  // Every image starts with `![` or is an `<img` tag: an article with neither (a book-length text) is
  // not parsed, which would hold up the background for most of a second after the save.
  if (!markdown.includes('![') && !/<img/i.test(markdown)) return [];
  const found = new Set<string>();
  const visit = (tokens: readonly Token[]) => {
    for (const token of tokens) {
      const hrefs =
        token.type === 'image'
          ? [token.href]
          : token.type === 'html'
            ? htmlImageSources(token.text).map((source) => source.src)
            : [];
      for (const href of hrefs) {
        const address = imageAddress(href);
        if (address) found.add(address);
      }
      for (const child of childTokens(token)) visit(child);
    }
  };
  try {
    visit(new Lexer({ gfm: true }).lex(markdown));
  } catch {
    // Markdown the parser overflows on (a quote nested thousands deep) is shown as plain text by
    // the reading view, where no image is rendered; so it has none to keep either.
    return [];
  }
  return [...found];
}

/** The nested token lists of a token: inline content, list items, table cells. */
function childTokens(token: Token): Token[][] {
  const lists: Token[][] = [];
  if ('tokens' in token && Array.isArray(token.tokens)) lists.push(token.tokens as Token[]);
  if (token.type === 'list') lists.push(token.items as Token[]);
  if (token.type === 'table') {
    for (const cell of [...token.header, ...token.rows.flat()]) lists.push(cell.tokens);
  }
  return lists;
}

/**
 * An image address as it is stored and looked up: an http(s) URL as the URL parser writes it (so
 * `a b.png` and `a%20b.png` are one key), or null for what is never fetched (data:, relative, broken).
 */
export function imageAddress(href: string): string | null {
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
