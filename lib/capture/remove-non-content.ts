import { NON_CONTENT_TAGS } from '../markdown/dom-queries.ts';
import { classAndId } from './block-context.ts';
import { following } from './document-order.ts';
import { isHiddenElement } from './is-hidden-element.ts';

/** Before extraction: drop what no reader sees, and the page furniture (navigation, share rows, ads) found on any site. */

const NON_CONTENT = new Set([...NON_CONTENT_TAGS, 'object', 'embed']);
const FURNITURE_TAGS = new Set([
  'nav',
  'footer',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'dialog',
  'menu',
]);
const FURNITURE_ROLES = new Set([
  'navigation',
  'complementary',
  'contentinfo',
  'banner',
  'search',
  'dialog',
  'alertdialog',
  'menu',
  'menubar',
  'toolbar',
  'tablist',
]);
// Whole class or id words (split on spaces, hyphens and underscores) that name page furniture on any site.
const FURNITURE_WORDS = new Set([
  'share',
  'sharing',
  'social',
  'newsletter',
  'subscribe',
  'subscription',
  'signup',
  'related',
  'recirc',
  'recommended',
  'comments',
  'comment',
  'disqus',
  'breadcrumb',
  'breadcrumbs',
  'cookie',
  'cookies',
  'consent',
  'gdpr',
  'popup',
  'modal',
  'sidebar',
  'outbrain',
  'taboola',
  'ad',
  'ads',
  'advert',
  'advertisement',
  'adslot',
  'dfp',
  'sponsored',
  'promo',
  'cta',
  'trending',
  'popular',
  'masthead',
  'paywall',
]);
const PROTECTED_TAGS = new Set(['main', 'article']);
// A block with this much paragraph text is content however it is labelled ("share-enabled-body").
const PROTECTED_TEXT = 600;
// A block holding this share of the page's prose is the article or wraps it (an ASP.NET page's one
// <form>, a <footer> some theme puts the post in): never furniture, whatever its tag.
const MAJORITY = 0.5;
// Below this much paragraph text a page sets its prose in other blocks (<div>s with <br>s): compare
// all text instead.
const MIN_PARAGRAPH_PROSE = 400;
// A paragraph this long is the article's own prose: a comment thread named as one comes after it.
const PROSE_PARAGRAPH = 120;
// A heading that opens readers' comments: "Comments", "25 Comments", "12 Responses to …",
// "3 thoughts on …", "Leave a Reply".
const COMMENT_HEADING =
  /^(?:\d+\s+)?(?:(?:reader\s+)?comments?|responses?|replies)(?:\s+(?:to|on)\s.*)?:?$|^\d+\s+thoughts?\s+on\s|^(?:leave|post|add)\s+(?:a|your)\s+(?:comment|reply)\b/i;
const COMMENT_WORD = /(?:^|[\s_-])(?:comments?|disqus)(?=[\s_-]|$)/i;

/** What the pre-pass took away, for judging whether it took the article with it. */
export interface RemovalReport {
  /** The page's prose before the pre-pass, in characters (paragraph text, or all text when it has none). */
  pageProse: number;
  /** The prose inside removed furniture (not counting scripts, styles and hidden elements). */
  removedProse: number;
}

interface Walk {
  furniture: boolean;
  prose: (element: Element, limit: number) => number;
  pageProse: number;
  firstProse: Element | null;
  /** The walk has passed the first paragraph of prose (it goes in document order). */
  pastProse: boolean;
  report: RemovalReport;
}

/**
 * Removes from the body what the page hides and what cannot be content (scripts, styles, embeds);
 * with `furniture`, also navigation, sidebars, footers, forms, share rows, ad slots and comment threads,
 * but never the block that holds most of the page's prose. One walk over the tree, without
 * recursion, so that no depth of nesting overflows the stack.
 */
export function removeNonContent(doc: Document, options: { furniture: boolean }): RemovalReport {
  const report: RemovalReport = { pageProse: 0, removedProse: 0 };
  const body = doc.body;
  if (!body) return report;
  const paragraphs = paragraphProse(body, Infinity);
  const byParagraphs = paragraphs >= MIN_PARAGRAPH_PROSE;
  const prose = byParagraphs
    ? paragraphProse
    : (element: Element): number => (element.textContent ?? '').length;
  report.pageProse = byParagraphs ? paragraphs : prose(body, Infinity);
  const walk: Walk = {
    furniture: options.furniture,
    prose,
    pageProse: report.pageProse,
    firstProse: options.furniture ? firstProseParagraph(body) : null,
    pastProse: false,
    report,
  };
  // Depth-first over sibling links; the next element is read before a removal.
  let element = body.firstElementChild;
  while (element && element !== body) {
    let next: Element | null;
    if (isNonContent(element)) {
      next = following(element, body);
      element.remove();
    } else if (walk.furniture && walk.pastProse && opensCommentThread(element)) {
      // Older blog themes set the comments as bare siblings after a "Comments" heading (or after
      // the box that holds only the heading).
      let start = element;
      while (start.parentElement && start.parentElement !== body && start.parentElement.children.length === 1)
        start = start.parentElement;
      const parent = start.parentElement ?? body;
      next = following(parent, body);
      for (let sibling: Element | null = start; sibling;) {
        const after: Element | null = sibling.nextElementSibling;
        report.removedProse += prose(sibling, Infinity);
        sibling.remove();
        sibling = after;
      }
      if (parent === body) next = null;
    } else if (walk.furniture && isFurniture(element, walk)) {
      next = following(element, body);
      report.removedProse += prose(element, Infinity);
      element.remove();
    } else {
      if (element === walk.firstProse) walk.pastProse = true;
      next = element.firstElementChild ?? following(element, body);
    }
    element = next;
  }
  return report;
}

function isNonContent(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  return NON_CONTENT.has(tag) || isHiddenElement(element);
}

function isFurniture(element: Element, walk: Walk): boolean {
  const tag = element.tagName.toLowerCase();
  if (FURNITURE_TAGS.has(tag)) return !holdsMajority(element, walk);
  if (PROTECTED_TAGS.has(tag)) return false;
  // Pull quotes are often asides; keep those.
  if (tag === 'aside')
    return (
      !/quote/i.test(element.getAttribute('class') ?? '') &&
      !element.querySelector('blockquote') &&
      !holdsMajority(element, walk)
    );
  const role = element.getAttribute('role');
  const labelled =
    (role !== null && FURNITURE_ROLES.has(role.toLowerCase())) ||
    namesFurniture(element) ||
    closesLikeDialog(element);
  if (!labelled) return false;
  if (isCommentThread(element, walk)) return true;
  return !holdsProse(element) && !holdsMajority(element, walk);
}

// One pattern for the whole list: splitting every class attribute of a large page into words costs more.
const FURNITURE_WORD = new RegExp(`(?:^|[\\s_-])(?:${[...FURNITURE_WORDS].join('|')})(?=[\\s_-]|$)`, 'i');

function namesFurniture(element: Element): boolean {
  return FURNITURE_WORD.test(classAndId(element));
}

/** Words a button that closes a box says or is labelled with. */
const CLOSE_LABEL = /^(?:close|dismiss|[×✕✖x])$/i;

/**
 * A box with its own close button among its children: a dialog, an overlay or a pitch the reader can
 * dismiss, whatever its class says (the pre-pass removes the buttons themselves further down). A
 * picture with a close button is one zoomed in place, unless a heading titles the box.
 */
function closesLikeDialog(element: Element): boolean {
  let closes = false;
  for (let child = element.firstElementChild; child && !closes; child = child.nextElementSibling) {
    if (child.tagName.toLowerCase() !== 'button') continue;
    const label =
      child.getAttribute('aria-label') ?? child.getAttribute('title') ?? (child.textContent ?? '').trim();
    closes = CLOSE_LABEL.test(label.trim());
  }
  // Only boxes with such a button are looked into: few have one.
  return (
    closes &&
    (!element.querySelector('img, picture, video') || element.querySelector('h1, h2, h3, h4') !== null)
  );
}

function holdsProse(element: Element): boolean {
  return paragraphProse(element, PROTECTED_TEXT) > PROTECTED_TEXT;
}

function holdsMajority(element: Element, walk: Walk): boolean {
  const needed = walk.pageProse * MAJORITY;
  return walk.pageProse > 0 && walk.prose(element, needed) >= needed;
}

/**
 * A thread of readers' comments, however much prose it holds: named as comments, after the article's
 * first paragraph and not around it (the walk has passed it), and holding no top-level headline.
 */
function isCommentThread(element: Element, walk: Walk): boolean {
  return walk.pastProse && COMMENT_WORD.test(classAndId(element)) && !element.querySelector('h1');
}

function opensCommentThread(element: Element): boolean {
  if (!/^h[2-4]$/i.test(element.tagName)) return false;
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length <= 120 && COMMENT_HEADING.test(text);
}

/** Paragraph text inside `element`, counted until it passes `limit`. */
function paragraphProse(element: Element, limit: number): number {
  let length = 0;
  // Read the live list in order without copying it: a comment thread has thousands of paragraphs,
  // and the first few usually settle it.
  const paragraphs = element.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length && length <= limit; i++) {
    length += (paragraphs[i]?.textContent ?? '').length;
  }
  return length;
}

function firstProseParagraph(body: Element): Element | null {
  const paragraphs = body.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i];
    if (paragraph && (paragraph.textContent ?? '').trim().length >= PROSE_PARAGRAPH) return paragraph;
  }
  return null;
}
