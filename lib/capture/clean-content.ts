import { OUTBOUND_LABEL, READERS_SECTION, normalizeBlockText } from './boilerplate-phrases.ts';
import { classAndId, collapse, visibleText, visibleTexts, type BlockContext } from './block-context.ts';
import { CLUTTER_RULES, followsReferenceHeading, SHARE_LINK } from './clutter-rules.ts';
import { EMBED_CAPTION_ATTRIBUTE } from './embeds/embed-element.ts';
import type { PageMetadata } from './extract-metadata.ts';
import {
  isLinkParagraph,
  removeLinkParagraphs,
  removeWithFollowingLinks,
  removeWithRest,
} from './sibling-runs.ts';

/** A paragraph this long is the article's own prose; clutter sits before the first and after the last. */
const PROSE_LENGTH = 120;
const MAX_PHRASE_BLOCK = 500;
const BLOCK_TAG =
  /^(?:p|div|section|article|aside|header|footer|nav|figure|figcaption|h[1-6]|ul|ol|li|dl|dt|dd|blockquote|form|details|summary|address)$/;
const HEADING = /^h[1-6]$/;
const CONTAINER_TAG = /^(?:div|section|article|aside|header|footer|main|figure|figcaption|body)$/i;
const VERBATIM_TAG = /^(?:table|pre|code|math|svg)$/i;
const STANDFIRST_CLASS =
  /standfirst|(?:^|[\s_-])(?:dek|deck|subtitle|sub-?head(?:line)?|summary|strapline|lede|lead|teaser|excerpt|description|intro)(?:$|[\s_-])/;

/**
 * After extraction: removes the clutter Readability keeps (ad labels, share rows, bylines and datelines
 * that repeat the front matter, related stories, tag lists, newsletter pitches, a headline that repeats
 * the title) by structure and short-text patterns, never the article's own text.
 */
export function cleanContent(
  root: Element,
  metadata: Pick<PageMetadata, 'title' | 'authors' | 'excerpt'>,
): void {
  // What trails the article is judged from its last long paragraph. When that paragraph was itself
  // clutter (a writer's blurb), what follows it was judged too early: look once more without it.
  if (cleanPass(root, metadata)) cleanPass(root, metadata);
}

/** One pass of the clean-up; whether it removed the paragraph it took for the article's last. */
function cleanPass(root: Element, metadata: Pick<PageMetadata, 'title' | 'authors' | 'excerpt'>): boolean {
  const elements = Array.from(root.querySelectorAll('*'));
  // Each element's text is needed again as its children's parent text: work them all out in one
  // pass. No element's subtree has changed by the time it is visited (removals only reach elements
  // before it, or after it and outside it); the root's text, which they do change, is read live.
  const texts = visibleTexts(elements);
  // A paragraph's text as `textContent` has it, which glues words at a <br>: without one inside, that
  // is the text already worked out, and only paragraphs with a line break need a walk of their own.
  const holdsBreak = ancestorsOf(root.getElementsByTagName('br'), root);
  const prose = elements.filter(
    (e) =>
      e.tagName.toLowerCase() === 'p' &&
      (holdsBreak.has(e) ? collapse(e.textContent ?? '') : (texts.get(e) ?? '')).length >= PROSE_LENGTH,
  );
  // With no prose at all (a table, a gallery) there is no before or after to speak of.
  const firstProse = prose[0] ? elements.indexOf(prose[0]) : -1;
  // Notes set in italics under the article (a blurb, a pitch, an editor's note) end the prose early.
  let last = prose.length - 1;
  while (last > 0 && isItalicNote(prose[last] as Element, texts)) last--;
  const lastProse = prose[last];
  const lastProseIndex = lastProse ? elements.indexOf(lastProse) : -1;
  const seenCaptions = new Set<string>();
  let titleSeen = false;

  const textOf = (element: Element): string => {
    let text = texts.get(element);
    if (text === undefined) texts.set(element, (text = visibleText(element)));
    return text;
  };
  const removed = new Set<Element>();
  // Whether each element visited so far is skipped; a removal can change that for any of them.
  const skipped = new Map<Element, boolean>();
  const remove = (element: Element): void => {
    removed.add(element);
    skipped.clear();
    element.remove();
  };
  elements.forEach((element, index) => {
    if (isRemovedOrVerbatim(element, root, removed, skipped)) return;
    const text = textOf(element);
    const tag = element.tagName.toLowerCase();
    if (text === '') return;
    const standalone = BLOCK_TAG.test(tag) || standsAlone(element, textOf);
    const block: BlockContext = {
      element,
      tag,
      text,
      standalone,
      // Every phrase rule looks at short blocks that stand alone (or links); skip the work for others.
      normalized:
        text.length <= MAX_PHRASE_BLOCK && (standalone || tag === 'a') ? normalizeBlockText(text) : '',
      leading: index < firstProse && !isInside(prose[0], element),
      trailing: lastProseIndex >= 0 && index > lastProseIndex && !isInside(element, lastProse),
      afterProse: firstProse >= 0 && index > firstProse && !isInside(prose[0], element),
      authors: metadata.authors,
    };
    if (!titleSeen && block.leading && /^h[1-3]$/.test(tag) && sameText(text, metadata.title)) {
      titleSeen = true;
      remove(element);
    } else if (block.leading && isStandfirst(block, metadata.excerpt)) {
      remove(element);
    } else if (
      tag === 'figcaption' &&
      seenCaptions.has(block.normalized) &&
      !element.hasAttribute(EMBED_CAPTION_ATTRIBUTE)
    ) {
      remove(element);
    } else if (block.standalone && block.normalized.length <= 60 && OUTBOUND_LABEL.test(block.normalized)) {
      removeWithFollowingLinks(element, remove);
    } else if (
      HEADING.test(tag) &&
      READERS_SECTION.test(block.normalized) &&
      (block.trailing || /back/.test(block.normalized))
    ) {
      // Nothing after it is long enough to be prose (it trails), and all of it is the readers' part;
      // a post without long paragraphs has no trailing part, but "Trackbacks" can head nothing else.
      removeWithRest(element, remove);
    } else if (
      block.trailing &&
      isLinkParagraph(element) &&
      isLinkParagraph(element.nextElementSibling) &&
      !followsReferenceHeading(element)
    ) {
      // Under the article, paragraphs that are each a link and nothing else: other stories, set as
      // a list without the list. One such line alone may be the article's source, and stays.
      removeLinkParagraphs(element, remove);
    } else if (tag === 'a' && isQuoteToShare(element, text)) {
      // A click-to-tweet box: the quote is the article's own words, the link and its button are not.
      element.replaceWith(...Array.from(element.childNodes));
    } else if (CLUTTER_RULES.some((rule) => rule.matches(block))) {
      remove(element);
    } else if (tag === 'figcaption') {
      seenCaptions.add(block.normalized);
    }
  });
  return lastProse !== undefined && !root.contains(lastProse);
}

/**
 * Skips what an earlier rule removed, and tables and code, whose cells are data: a "1" in a results
 * table is no comment count. Walks up parents because `contains` is slow in some DOMs, and stops at
 * the first one `known` has the answer for (parents come first in document order), so a deep page
 * is not walked to the root from every element.
 */
function isRemovedOrVerbatim(
  element: Element,
  root: Element,
  removed: ReadonlySet<Element>,
  known: Map<Element, boolean>,
): boolean {
  const path: Element[] = [];
  let skip = false;
  for (let node: Element | null = element; node && node !== root; node = node.parentElement) {
    const answer = known.get(node);
    if (answer !== undefined) {
      skip = answer;
      break;
    }
    path.push(node);
    if (removed.has(node) || VERBATIM_TAG.test(node.tagName)) {
      skip = true;
      break;
    }
  }
  for (const node of path) known.set(node, skip);
  return skip;
}

/** Every element above one of `nodes`, up to (not including) `root`. */
function ancestorsOf(nodes: Iterable<Element>, root: Element): Set<Element> {
  const above = new Set<Element>();
  for (const node of nodes) {
    for (let parent = node.parentElement; parent && parent !== root && !above.has(parent);) {
      above.add(parent);
      parent = parent.parentElement;
    }
  }
  return above;
}

/**
 * An inline element counts as a block when it is all of its parent's text, or sits between blocks of a
 * container with no loose text beside it: a label, not a word in a sentence.
 */
function standsAlone(element: Element, textOf: (element: Element) => string): boolean {
  const parent = element.parentElement;
  if (!parent) return false;
  if (textOf(parent) === textOf(element)) return true;
  if (!CONTAINER_TAG.test(parent.tagName)) return false;
  const looseText = (node: Node | null): boolean =>
    node?.nodeType === 3 && (node.nodeValue ?? '').trim() !== '';
  return !looseText(element.previousSibling) && !looseText(element.nextSibling);
}

function isInside(node: Element | undefined, container: Element | undefined): boolean {
  for (let current: Element | null = node ?? null; current; current = current.parentElement) {
    if (current === container) return true;
  }
  return false;
}

function sameText(a: string, b: string): boolean {
  const x = normalizeBlockText(a);
  const y = normalizeBlockText(b);
  return x !== '' && (x === y || (y.length > 20 && y.startsWith(x) && x.length / y.length > 0.6));
}

/** The standfirst is in the front matter; drop it here only when the page marks it as one. */
function isStandfirst(block: BlockContext, excerpt: string | null): boolean {
  if (!excerpt || !sameText(block.text, excerpt)) return false;
  const marked = /^h[2-6]$/.test(block.tag) || block.element.closest('header') !== null;
  return (
    marked ||
    STANDFIRST_CLASS.test(classAndId(block.element)) ||
    block.element.getAttribute('itemprop') === 'description'
  );
}

/** A share link around a sentence of the article ("… Click To Tweet"), not around a button's word. */
function isQuoteToShare(link: Element, text: string): boolean {
  if (!SHARE_LINK.test(link.getAttribute('href') ?? '')) return false;
  return (
    text
      .replace(/\b(?:click to tweet|tweet this|share this)\b/giu, '')
      .trim()
      .split(/\s+/u).length >= 5
  );
}

/** A paragraph set in italics from end to end: its text is all inside <em> or <i>. */
function isItalicNote(paragraph: Element, texts: Map<Element, string>): boolean {
  const text = texts.get(paragraph) ?? '';
  let italic = 0;
  for (const em of Array.from(paragraph.querySelectorAll('em, i'))) {
    // Outermost ones only: the nearest italic or paragraph above is the paragraph itself.
    if (em.parentElement?.closest('em, i, p') === paragraph) italic += collapse(em.textContent ?? '').length;
  }
  return text.length > 0 && italic >= text.length * 0.9;
}
