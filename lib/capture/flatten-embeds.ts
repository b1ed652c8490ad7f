import { NON_CONTENT_TAGS } from '../markdown/dom-queries.ts';
import type { EmbedReader } from './embeds/embed.ts';
import { isHiddenElement } from './is-hidden-element.ts';
import { embedElement } from './embeds/embed-element.ts';
import { readPostEmbed } from './embeds/read-post-embed.ts';
import { readVideoEmbed } from './embeds/read-video-embed.ts';

const READERS: readonly EmbedReader[] = [readPostEmbed, readVideoEmbed];
const CANDIDATES = 'blockquote, iframe, lite-youtube, video';
// Boxes an embed may be wrapped in that say nothing themselves; lists, cells, asides and the
// article's own containers are structure and stay.
const WRAPPER_TAG = /^(?:div|span|p|center|figure|section)$/i;
const NOT_CONTENT = new Set([...NON_CONTENT_TAGS, 'br'].map((tag) => tag.toUpperCase()));

/**
 * Replaces, in `doc` (a copy of the page), each embedded post and video it recognises with plain
 * HTML holding its text or title, author, still and link. Frames and players are dropped by the
 * later steps, and the wrappers embeds come in ("social-embed") look like the furniture the
 * pre-pass and Readability remove: so this runs before them, after the hidden content is shown.
 */
export function flattenEmbeds(doc: Document, base: string): void {
  for (const element of Array.from(doc.querySelectorAll(CANDIDATES))) {
    // An earlier replacement may have taken this element with it; a hidden embed stays hidden.
    if (!doc.body?.contains(element) || isHidden(element)) continue;
    for (const read of READERS) {
      const embed = read(element, base);
      if (!embed) continue;
      // Before the wrapper is measured: a facade's thumbnail beside the player is the embed's own.
      if (embed.kind === 'video') embed.taken?.forEach((taken) => taken.remove());
      place(outermostWrapper(element), embedElement(doc, embed));
      break;
    }
  }
}

/**
 * Puts `replacement` where `embed` was; after the heading when the page set the embed inside one,
 * since a heading is one line of text and cannot hold a quote or a figure.
 */
function place(embed: Element, replacement: Element): void {
  const heading = embed.closest('h1, h2, h3, h4, h5, h6');
  if (!heading) {
    embed.replaceWith(replacement);
    return;
  }
  heading.after(replacement);
  embed.remove();
}

/** The largest box around `element` that holds nothing else a reader sees (its script aside). */
function outermostWrapper(element: Element): Element {
  let outer = element;
  for (
    let parent = outer.parentElement;
    parent && WRAPPER_TAG.test(parent.tagName);
    parent = parent.parentElement
  ) {
    const others = Array.from(parent.childNodes).filter((node) => node !== outer && shows(node));
    if (others.length > 0) break;
    outer = parent;
  }
  return outer;
}

function shows(node: Node): boolean {
  if (node.nodeType === 3) return (node.nodeValue ?? '').trim() !== '';
  return node.nodeType === 1 && !NOT_CONTENT.has(node.nodeName.toUpperCase());
}

function isHidden(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
}
