import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

/**
 * Parses a saved page into a DOM the way a browser would. linkedom's own parser is not the HTML
 * standard's: on pages with a second `<html>`, conditional comments around it, or no `<html>` at all
 * (common before 2015) it leaves `<body>` empty. parse5 builds the standard tree first.
 */
export function parsePage(html: string): Document {
  return parseHTML(serialize(parse(html))).document;
}
