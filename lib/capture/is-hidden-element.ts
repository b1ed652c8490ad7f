/**
 * Classes that show an element on paper only (a print header with the page's address, a "Cite this"
 * box): common names, Bootstrap's and Foundation's. The style sheet that hides them on screen is out
 * of reach in a copy, so the names are all there is to go by.
 */
const PRINT_ONLY_CLASS =
  /(?:^|\s)(?:print-?only|only-?print|visible-print(?:-block|-inline|-inline-block)?|show-for-print|print-(?:header|footer|logo|title|url))(?=\s|$)/;
/** Bootstrap's `d-none d-print-block`: hidden on screen unless a breakpoint class shows it again. */
const SCREEN_NONE = /(?:^|\s)d-none(?=\s|$)/;
const PRINT_DISPLAY = /(?:^|\s)d-print-(?!none)[a-z-]+(?=\s|$)/;
const BREAKPOINT_DISPLAY = /(?:^|\s)d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+(?=\s|$)/;

/**
 * Whether the page hides `element` itself: the `hidden` attribute, `aria-hidden="true"`, an inline
 * style of `display: none` or `visibility: hidden` (style sheets are out of reach in a copy), or a
 * class that keeps it for print.
 */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style) {
    const compact = style.replace(/\s+/g, '').toLowerCase();
    if (compact.includes('display:none') || compact.includes('visibility:hidden')) return true;
  }
  const classes = element.getAttribute('class');
  return classes !== null && classes.includes('print') && isPrintOnly(classes.toLowerCase());
}

function isPrintOnly(classes: string): boolean {
  if (PRINT_ONLY_CLASS.test(classes)) return true;
  return SCREEN_NONE.test(classes) && PRINT_DISPLAY.test(classes) && !BREAKPOINT_DISPLAY.test(classes);
}
