import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * Parses a saved page into a DOM the way a browser would. linkedom's own parser is not the HTML
 * standard's: on pages with a second `<html>`, conditional comments around it, or no `<html>` at all
 * (common before 2015) it leaves `<body>` empty. parse5 builds the standard tree first.
 */
export function parsePage(html: string): Document {
  // Text decoded from a file never holds a lone surrogate (the decoder writes U+FFFD), but a string
  // from elsewhere can, and parse5 7.3 throws "Invalid code point" on some; read it as a decoder would.
  return parseHTML(serialize(parse(html.toWellFormed()))).document;
}
