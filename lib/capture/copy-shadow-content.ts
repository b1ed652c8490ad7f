/**
 * A copy of a document (`cloneNode`) leaves shadow roots behind, so the text a web component draws
 * is missing from it. This puts each open shadow root's content into the copy the way the browser
 * renders it (https://dom.spec.whatwg.org/#concept-slotable): the shadow tree, each `<slot>`
 * replaced by the host's children assigned to it (or its fallback), shadow roots inside it too.
 * Closed shadow roots answer null to `shadowRoot` and stay out of reach.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Rendering {
  live: Document;
  copy: Document;
  /** The page's shadow hosts and their ancestors: other light subtrees need no search for hosts. */
  holdsHost: Set<Node>;
  /** Shadow-tree elements still allowed into the copy. */
  budget: number;
}

/**
 * Gives each shadow host in `copy` (a fresh `cloneNode(true)` of `live`, not yet changed) the
 * children the page shows in it; `live` is only read. The size limit counts only the light tree,
 * so at most `budget` shadow-tree elements are copied: past it, hosts keep their light children.
 */
export function copyShadowContent(live: Document, copy: Document, budget: number): void {
  const { outermost, holdsHost } = findHosts(live);
  if (outermost.length === 0) return;
  // A clone lists its elements in the same order as the page: the host's index finds its copy.
  // All found before any changes, which would shift the indices.
  const copies = allElements(copy);
  const pairs = outermost.map(({ host, index }) => ({ host, target: copies[index] }));
  const rendering: Rendering = { live, copy, holdsHost, budget };
  for (const { host, target } of pairs) {
    const content = target?.tagName === host.tagName ? shadowContent(host, rendering) : null;
    if (content) target?.replaceChildren(...content);
  }
}

/**
 * The shadow hosts in the document's own tree. The outermost get their rendering copied; one inside
 * another host's light tree shows (or not) through that host's slots. Any element can host a shadow
 * root, so each is asked: a property read costs what reading its tag name would.
 */
function findHosts(doc: Document): { outermost: { host: Element; index: number }[]; holdsHost: Set<Node> } {
  const outermost: { host: Element; index: number }[] = [];
  const holdsHost = new Set<Node>();
  const elements = allElements(doc);
  for (let index = 0; index < elements.length; index++) {
    const element = elements[index];
    if (!element?.shadowRoot) continue;
    if (!outermost.at(-1)?.host.contains(element)) outermost.push({ host: element, index });
    for (let node: Node | null = element; node && !holdsHost.has(node); node = node.parentNode)
      holdsHost.add(node);
  }
  return { outermost, holdsHost };
}

function allElements(doc: Document): ArrayLike<Element> {
  // linkedom answers an empty list to getElementsByTagName('*'); its selector works.
  const all = doc.getElementsByTagName('*');
  return all.length > 0 ? all : doc.querySelectorAll('*');
}

/** What the shadow tree of `host` shows; null when it has none or the budget is spent. */
function shadowContent(host: Element, rendering: Rendering): Node[] | null {
  const root = host.shadowRoot;
  if (!root) return null;
  const size = root.querySelectorAll('*').length;
  if (size > rendering.budget) {
    rendering.budget = 0;
    return null;
  }
  rendering.budget -= size;
  return copyRendered(Array.from(root.childNodes), rendering, true);
}

/**
 * Copies sibling `nodes` of the page into the copy as the page renders them. Copied whole (a native
 * deep copy, far cheaper than node by node), then each slot and shadow host in them is filled in,
 * found by its place: elements are listed in the same order in the source and in its copy.
 */
function copyRendered(nodes: Node[], rendering: Rendering, mayHoldHosts: boolean): Node[] {
  const fragment = rendering.copy.createDocumentFragment();
  const sources: Element[] = [];
  for (const node of nodes) {
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== TEXT_NODE) continue;
    fragment.append(rendering.copy.importNode(node, true));
    if (mayHoldHosts && node.nodeType === ELEMENT_NODE)
      sources.push(node as Element, ...Array.from((node as Element).querySelectorAll('*')));
  }
  if (sources.length === 0) return Array.from(fragment.childNodes);
  const targets = fragment.querySelectorAll('*');
  const patches: { source: Element; target: Element }[] = [];
  for (let i = 0; i < sources.length; i++) {
    const source = sources[i];
    const target = targets[i];
    if (!source || !target || !(source.shadowRoot || isSlot(source))) continue;
    // What lies inside a slot or a host is copied with it, as that slot or host renders it.
    if (patches.at(-1)?.source.contains(source)) continue;
    patches.push({ source, target });
  }
  for (const { source, target } of patches) {
    if (!isSlot(source)) {
      const content = shadowContent(source, rendering);
      if (content) target.replaceChildren(...content);
    } else target.replaceWith(...slotted(source as HTMLSlotElement, rendering));
  }
  return Array.from(fragment.childNodes);
}

/** A slot draws no box of its own: its assigned nodes, or its fallback content when none are. */
function slotted(slot: HTMLSlotElement, rendering: Rendering): Node[] {
  const assigned = slot.assignedNodes?.() ?? [];
  if (assigned.length === 0) return copyRendered(Array.from(slot.childNodes), rendering, true);
  // The host's own children, from the page's tree, hold a host only where the page scan found one.
  const fromPage = assigned[0]?.getRootNode() === rendering.live;
  const mayHoldHosts = !fromPage || assigned.some((node) => rendering.holdsHost.has(node));
  return copyRendered(assigned, rendering, mayHoldHosts);
}

function isSlot(element: Element): boolean {
  return element.tagName.toLowerCase() === 'slot';
}
