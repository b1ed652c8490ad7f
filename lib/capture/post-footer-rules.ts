import { collapse, linkDensity, type BlockContext } from './block-context.ts';
import type { ClutterRule } from './clutter-rules.ts';

/**
 * What blog engines print under a post, on any site that runs them: the line of categories and
 * tags, the permalink, the links to the neighbouring posts, the box on the writer. Each names the
 * post or its writer, never adds to the article.
 */

/** "Posted in News | Leave a comment", "Tagged as: …", "This entry was posted on … and is filed under …". */
const POST_META =
  /^(?:(?:posted|filed)(?: (?:in|under|at|on|by))?\s*:?\s|this (?:entry|post) was (?:posted|written|filed)\b|(?:tagged(?: as| with)?|labels|tags|categories)\s*:)|(?:^|\|\s*)permalink$/u;

/** The one meta line worded as a sentence, which names what it files the post under. */
const ENTRY_LINE = /^this (?:entry|post) was (?:posted|written|filed)\b.*\b(?:filed under|tagged|categor)/u;

const CONTAINER = /^(?:div|section|aside|footer|figure|figcaption)$/;

/** Words that make up a row of links to the neighbouring posts and nothing else. */
const NEIGHBOUR_WORD =
  /^(?:previous|prev|next|older|newer|posts?|articles?|entry|entries|story|stories|page|home|main|back to (?:story|article|post)|\d+ ?(?:\/|of) ?\d+|[«»‹›|:•])$/u;
/** "Previous post: <title>", "Next article: <title>". */
const NEIGHBOUR_LABEL = /^(?:previous|prev|next|older|newer) (?:post|article|entry|story)\s*:/u;
/** The « and » of "« Previous title | Main | Next title »". */
const ENCLOSED_IN_GUILLEMETS = /^[«‹]|[»›]$/u;

/**
 * A box on the writer: "About Sam Lee" or "Author: Sam Lee" or the bare name, an optional handle, then
 * a blurb that starts with the name again ("Sam co-founded…"). The repeated name is what tells it from
 * a caption or a subheading over the article's next subject.
 */
const BOX_LABEL = String.raw`(?:(?:[Aa]bout(?: the [Aa]uthor)?|[Aa]uthor|[Ww]ritten by|[Pp]osted by|[Bb]y)\s*:?\s+)?`;
const BIO_START = String.raw`(?:\s*(?:'s|’s)|\s+(?:is|was|has|had|co-?founded|founded|joined|writes|wrote|covers|reports|lives|leads|edits|works|worked|spent|holds|began|teaches|blogs)\b)`;
const AUTHOR_BOX = new RegExp(
  String.raw`^${BOX_LABEL}((\p{Lu}[\p{L}'’.-]*)(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:@\S+\s+)?(?:\1|\2)${BIO_START}`,
  'u',
);
const MAX_AUTHOR_BOX = 1500;

export const POST_FOOTER_RULES: readonly ClutterRule[] = [
  {
    name: 'post-meta',
    matches: (b) =>
      b.standalone &&
      b.text.length <= 400 &&
      // WordPress's long "This entry was posted…" line can itself pass for the last paragraph of prose.
      // So can a short post's "… | Permalink" line, when the post has no long paragraph to trail.
      (b.trailing
        ? b.text.length <= 300 && isPostMeta(b)
        : ENTRY_LINE.test(b.normalized) || (b.text.length <= 120 && /\|\s*permalink$/u.test(b.normalized))),
  },
  {
    name: 'author-box',
    // Not only trailing: the blurb is often the last paragraph long enough to count as prose.
    matches: (b) =>
      b.afterProse &&
      b.text.length <= MAX_AUTHOR_BOX &&
      CONTAINER.test(b.tag) &&
      isAuthorBox(spacedText(b.element), b.authors),
  },
  {
    name: 'neighbour-posts',
    matches: (b) => b.standalone && b.text.length <= 300 && linksToNeighbours(b),
  },
];

/** The box as AUTHOR_BOX reads it, or the same around a name the page gives its writer (one word too). */
function isAuthorBox(text: string, authors: readonly string[]): boolean {
  if (AUTHOR_BOX.test(text)) return true;
  return authorBoxes(authors).some(([name, pattern]) => text.includes(name) && pattern.test(text));
}

/** Each writer's name with the box written around it; made once per list of writers. */
const knownBoxes = new WeakMap<readonly string[], [string, RegExp][]>();

function authorBoxes(authors: readonly string[]): [string, RegExp][] {
  let boxes = knownBoxes.get(authors);
  if (!boxes) {
    boxes = authors
      .map((author) => author.trim())
      .filter((name) => name !== '')
      .map((name) => {
        const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        return [name, new RegExp(`^${BOX_LABEL}${escaped}\\s+(?:@\\S+\\s+)?${escaped}${BIO_START}`, 'u')];
      });
    knownBoxes.set(authors, boxes);
  }
  return boxes;
}

/** A meta line has links, bars or a time in it: "Posted in 1851, the map…" is the article's sentence. */
function isPostMeta(b: BlockContext): boolean {
  if (!POST_META.test(b.normalized)) return false;
  return (
    /^(?:this|tagged|labels|tags|categories)/u.test(b.normalized) ||
    /\||\b\d{1,2}:\d{2}\b|permalink$/u.test(b.normalized) ||
    linkDensity(b.element, b.text.length) >= 0.2
  );
}

function linksToNeighbours(b: BlockContext): boolean {
  if (b.normalized === '') return false;
  // A row of navigation words is short; the word split is spared on every longer block.
  if (b.normalized.length <= 60 && isNavigationWords(b.normalized)) return true;
  const linked = (): number => linkDensity(b.element, b.text.length);
  if (NEIGHBOUR_LABEL.test(b.normalized)) return linked() >= 0.4;
  // Two post titles between guillemets, split by bars: a French quotation has neither the bars nor the links.
  return ENCLOSED_IN_GUILLEMETS.test(b.text) && b.text.includes('|') && linked() >= 0.6;
}

/** "Older Post Home", "Previous 1 / 6 Next": every word a navigation word. */
function isNavigationWords(text: string): boolean {
  const words = text
    .replace(/back to (story|article|post)/gu, 'back_to')
    .replace(/(\d+) ?(\/|of) ?(\d+)/gu, '$1/$3')
    .split(/\s+/u);
  const navigation = words.filter((word) => word === 'back_to' || NEIGHBOUR_WORD.test(word));
  return (
    navigation.length === words.length &&
    words.some((word) => /^(?:previous|prev|next|older|newer|back_to)$/u.test(word))
  );
}

/** The text with a space between elements: `textContent` runs a heading into the paragraph under it. */
function spacedText(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else {
      for (const child of Array.from(node.childNodes)) {
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(element);
  return collapse(parts.join(''));
}
