/** An element's ancestors as one conversion sees them; see createLineage. */
export interface Lineage {
  /** The nearest ancestor (not the node itself) with one of `tags` (upper case), or null. */
  closest(node: Node, tags: readonly string[]): Element | null;
}

/**
 * `closestAncestor` for the nodes of one conversion, which never moves an element: each node's
 * parent and each parent's name are read from the DOM once and remembered. The inline rules ask
 * of every emphasis and code span whether it sits inside another; in an extension's isolated world
 * each read is a call into the DOM, and a book-length article walked each paragraph up to the root
 * tens of thousands of times.
 */
export function createLineage(): Lineage {
  const parents = new Map<Node, ParentNode | null>();
  const names = new Map<Node, string>();
  const parentOf = (node: Node): ParentNode | null => {
    let parent = parents.get(node);
    if (parent === undefined) parents.set(node, (parent = node.parentNode));
    return parent;
  };
  const nameOf = (node: Node): string => {
    let name = names.get(node);
    if (name === undefined) names.set(node, (name = node.nodeName));
    return name;
  };
  return {
    closest(node, tags) {
      // A document or fragment at the top is named `#document…`, which no tag list holds.
      for (let parent = parentOf(node); parent; parent = parentOf(parent)) {
        if (tags.includes(nameOf(parent))) return parent as Element;
      }
      return null;
    },
  };
}
