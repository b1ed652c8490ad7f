/**
 * Whether the page hides `element` itself: the `hidden` attribute, `aria-hidden="true"` or an inline
 * style of `display: none` or `visibility: hidden` (style sheets are out of reach in a copy).
 */
export function isHiddenElement(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (!style) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}
