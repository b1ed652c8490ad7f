/**
 * The element after `element`'s subtree in document order, within `root` (the whole document when
 * none is given); null at the end. Walks without recursion, so no depth of nesting overflows the stack.
 */
export function following(element: Element, root: Element | null = null): Element | null {
  for (let current: Element | null = element; current && current !== root; current = current.parentElement) {
    if (current.nextElementSibling) return current.nextElementSibling;
  }
  return null;
}
