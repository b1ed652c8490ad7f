const BLOCK =
  /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/;

/** Text with a line break around every block element, the way a reader sees the blocks. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const pending: (Node | string)[] = [node];
  while (pending.length > 0) {
    const current = pending.pop() as Node | string;
    if (typeof current === 'string') parts.push(current);
    else if (current.nodeType === 3) parts.push(current.nodeValue ?? '');
    else if (current.nodeType === 1) {
      const block = BLOCK.test((current as Element).tagName.toUpperCase());
      if (block) pending.push('\n');
      pending.push(...Array.from(current.childNodes).reverse());
      if (block) parts.push('\n');
    }
  }
  return parts.join('');
}
