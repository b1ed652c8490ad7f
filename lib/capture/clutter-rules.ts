import { isDateline } from './is-dateline.ts';
import { POST_FOOTER_RULES } from './post-footer-rules.ts';
import { classAndId, collapse, linkDensity, type BlockContext } from './block-context.ts';
import {
  AFFILIATE_DISCLOSURE,
  CONTACT_LINE,
  CONTRIBUTOR_LINE,
  COPYRIGHT_LINE,
  CREDIT_LINE,
  EMBED_FALLBACK,
  FOLLOW_PITCH,
  FURNITURE,
  KICKER,
  OUTBOUND_PREFIX,
  RIGHTS_NOTICE_START,
  RIGHTS_NOTICE_TERMS,
  SUBSCRIBE_PITCH,
} from './boilerplate-phrases.ts';

/** One kind of clutter: a name for debugging and a test on one element of the extracted article. */
export interface ClutterRule {
  name: string;
  matches: (block: BlockContext) => boolean;
}

const HEADING = /^h[1-6]$/;
const MEDIA = 'img, picture, video, audio, iframe, svg';
const LIST_CELL = /^(?:li|td|th|dd|dt)$/;
export const SHARE_LINK =
  /facebook\.com\/(?:sharer|share\.php|dialog)|twitter\.com\/(?:intent|share)|x\.com\/intent|linkedin\.com\/(?:share|cws\/share)|pinterest\.[a-z.]+\/pin\/create|reddit\.com\/submit|wa\.me\/|whatsapp:|api\.whatsapp\.com|t\.me\/share|telegram\.me\/share|mailto:\?|news\.ycombinator\.com\/submitlink|tumblr\.com\/share|vk\.com\/share|getpocket\.com\/save|flipboard\.com\/bookmarklet/i;
const IMPERATIVE_START =
  /^(?:sign up|subscribe|get|join|register|enter your|receive|click here|don[’']?t miss|never miss|stay (?:up to date|informed|smart)|want more|like this|enjoyed this|abonnieren|melden sie sich|inscrivez-vous|abonnez-vous|suscríbete|regístrate|assine|cadastre-se|iscriviti|подпишитесь)/u;
const CREDIT_CLASS = /(?:^|[\s_-])(?:credits?|copyright|photographer|image-source|media-credit)(?:$|[\s_-])/;
const CONTAINER = /^(?:div|section|aside|form|header|footer)$/;
const INLINE_LABEL = /^(?:span|em|i|b|strong|small|label)$/;
const SCREEN_READER_CLASS =
  /(?:^|\s)(?:sr-only|screen-reader-(?:text|only)|visually-?hidden|hidden-visually|u-visually-hidden|off-?screen|a11y-hidden|element-invisible)(?:\s|$)/i;
/** What schema.org calls a picture's credit, in `itemprop` (inside a figure: elsewhere `creator` may be the writer). */
const CREDIT_PROPERTY = /^(?:copyrightHolder|creditText|copyrightNotice|creator)$/;
const COMMENT_COUNT = /^\d{1,6}(?: comments?| replies| responses)?$/;

/** The rules, tried in order on every element, outermost first; the first that matches removes it. */
export const CLUTTER_RULES: readonly ClutterRule[] = [
  {
    name: 'furniture',
    matches: (b) => b.standalone && b.normalized.length <= 60 && FURNITURE.test(b.normalized),
  },
  {
    name: 'share-links',
    matches: (b) => {
      if (b.tag === 'a') return SHARE_LINK.test(b.element.getAttribute('href') ?? '');
      // Length first: the link lookup would otherwise run on every element, the article's root included;
      // and an element with no child elements (a word in <em>) holds no links to look up.
      if (b.text.length > 120 || !b.element.firstElementChild) return false;
      const links = Array.from(b.element.querySelectorAll('a[href]'));
      return links.filter((a) => SHARE_LINK.test(a.getAttribute('href') ?? '')).length >= 2;
    },
  },
  {
    name: 'photo-credit',
    matches: (b) =>
      b.text.length <= 120 &&
      ((b.standalone &&
        (CREDIT_LINE.test(b.normalized) ||
          (!HEADING.test(b.tag) && CREDIT_CLASS.test(classAndId(b.element))) ||
          (CREDIT_PROPERTY.test(b.element.getAttribute('itemprop') ?? '') &&
            b.element.closest('figure, figcaption') !== null))) ||
        // A picture's <cite> names its source, beside the caption or inside it.
        (b.tag === 'cite' && isPictureFigure(b.element.closest('figure')))) &&
      // The box round a picture whose only text is its credit: the picture stays.
      !b.element.querySelector(MEDIA),
  },
  {
    // "Image caption", "Opens in a new window": short labels set out of sight for screen readers.
    name: 'screen-reader-label',
    matches: (b) =>
      INLINE_LABEL.test(b.tag) &&
      b.text.length <= 60 &&
      SCREEN_READER_CLASS.test(b.element.getAttribute('class') ?? ''),
  },
  {
    name: 'embed-fallback',
    matches: (b) => b.standalone && b.text.length <= 200 && EMBED_FALLBACK.test(b.normalized),
  },
  {
    name: 'contributor-credit',
    matches: (b) => b.standalone && b.trailing && b.text.length <= 250 && CONTRIBUTOR_LINE.test(b.normalized),
  },
  {
    name: 'author-bio',
    matches: (b) =>
      b.standalone && b.trailing && b.text.length <= 500 && startsWithAuthor(b.normalized, b.authors),
  },
  {
    name: 'copyright',
    matches: (b) => b.standalone && b.text.length <= 200 && COPYRIGHT_LINE.test(b.normalized),
  },
  {
    // The same past 200 characters, when it spells out what may not be done with the text.
    name: 'rights-notice',
    matches: (b) => {
      if (!b.standalone || !b.afterProse || b.text.length <= 200 || b.text.length > 600) return false;
      const text = b.text.toLowerCase();
      return RIGHTS_NOTICE_START.test(text) && RIGHTS_NOTICE_TERMS.test(text);
    },
  },
  {
    name: 'affiliate-disclosure',
    matches: (b) => b.standalone && b.text.length <= 300 && AFFILIATE_DISCLOSURE.test(b.normalized),
  },
  {
    name: 'contact-line',
    matches: (b) => b.standalone && b.trailing && b.text.length <= 200 && CONTACT_LINE.test(b.normalized),
  },
  {
    name: 'follow-pitch',
    matches: (b) => b.standalone && b.trailing && b.text.length <= 200 && FOLLOW_PITCH.test(b.normalized),
  },
  {
    name: 'comment-count',
    matches: (b) =>
      (b.standalone || b.tag === 'a') &&
      COMMENT_COUNT.test(b.normalized) &&
      (b.leading ||
        b.tag === 'a' ||
        /comment|#/.test(
          b.element.querySelector('a')?.getAttribute('href') ?? b.element.getAttribute('href') ?? '',
        )),
  },
  {
    name: 'kicker',
    matches: (b) =>
      b.standalone &&
      b.leading &&
      !HEADING.test(b.tag) &&
      b.normalized.length <= 30 &&
      (KICKER.test(b.normalized) ||
        (b.text.split(' ').length <= 3 && linkDensity(b.element, b.text.length) === 1)),
  },
  {
    name: 'dateline',
    matches: (b) =>
      b.standalone &&
      !LIST_CELL.test(b.tag) &&
      // A <time> standing alone is the article's date wherever the page put it (after a standfirst).
      (b.leading || b.trailing || b.tag === 'time' || b.element.closest('header') !== null) &&
      isDateline(b.text, b.authors),
  },
  {
    // "READ MORE ON THE FEUD" in bold capitals between paragraphs: a plug for another page.
    name: 'shouted-link',
    // After the first paragraph only: a shouted link above the article is its point ("FULL RESULTS").
    matches: (b) =>
      (b.tag === 'p' || b.tag === 'div') &&
      b.afterProse &&
      b.standalone &&
      b.text.length <= 200 &&
      isShoutedLink(b),
  },
  {
    name: 'outbound-pointer',
    matches: (b) =>
      b.standalone &&
      b.text.length <= 300 &&
      (OUTBOUND_PREFIX.test(b.normalized)
        ? linkDensity(b.element, b.text.length) >= 0.4
        : OUTBOUND_OPENING.test(b.normalized) && linkDensity(b.element, b.text.length) >= 0.7),
  },
  {
    name: 'trailing-link-list',
    matches: (b) =>
      (b.tag === 'ul' || b.tag === 'ol') &&
      b.trailing &&
      isLinkList(b.element) &&
      !followsReferenceHeading(b.element),
  },
  {
    name: 'subscribe-pitch',
    matches: (b) =>
      b.standalone &&
      b.text.length <= 300 &&
      SUBSCRIBE_PITCH.test(b.normalized) &&
      (IMPERATIVE_START.test(b.normalized) ||
        (CONTAINER.test(b.tag) && !hasLongParagraph(b.element)) ||
        /\bnewsletter/.test(b.normalized)),
  },
  ...POST_FOOTER_RULES,
];

// A label run straight into its links, without a colon: "DON'T MISS Plague fears…".
const OUTBOUND_OPENING =
  /^(?:don[’']?t miss|related|read (?:more|also|next)|see also|recommended|most read)\s/;
const BIO_VERB =
  /^(?:'s|’s|is|was|joined|has|writes|covers|reports|lives|leads|edits|worked|spent|holds|began)\b/;

/** "Jane Doe is a reporter…", "Jane joined us in 2017…": the author's blurb under the article. */
function startsWithAuthor(text: string, authors: readonly string[]): boolean {
  return authors.some((author) => {
    const full = author.toLowerCase();
    const first = full.split(' ')[0] ?? '';
    for (const name of [full, first]) {
      if (name.length >= 2 && text.startsWith(name) && BIO_VERB.test(text.slice(name.length).trimStart()))
        return true;
    }
    return false;
  });
}

/**
 * A block that is one link to another page, of at least four words set in capitals: sites shout the
 * headlines of other stories, or their app, between the article's paragraphs. Lists are left alone
 * (a roundup's items), and so are capitals without a link (a quoted sign).
 */
function isShoutedLink(b: BlockContext): boolean {
  // The letters first: most blocks fail there, before any look for links.
  const upper = b.text.match(/\p{Lu}/gu)?.length ?? 0;
  if (upper < 12 || b.text.split(' ').length < 4) return false;
  const lower = b.text.match(/\p{Ll}/gu)?.length ?? 0;
  if (upper < 4 * lower) return false;
  const links = b.element.querySelectorAll('a[href]');
  const href = links[0]?.getAttribute('href') ?? null;
  if (links.length !== 1 || href === null || href.startsWith('#')) return false;
  return linkDensity(b.element, b.text.length) >= 0.9;
}

/** A figure that shows a picture, where a <cite> names its source; in a quote's figure it names the speaker. */
function isPictureFigure(figure: Element | null): boolean {
  return (
    figure !== null && figure.querySelector(MEDIA) !== null && figure.querySelector('blockquote') === null
  );
}

function hasLongParagraph(element: Element): boolean {
  return Array.from(element.querySelectorAll('p')).some((p) => (p.textContent ?? '').length > 200);
}

/** Two or more items, each nothing but a link: other stories, not the article's own list. */
function isLinkList(list: Element): boolean {
  const items = Array.from(list.children).filter((child) => child.tagName.toLowerCase() === 'li');
  return (
    items.length >= 2 &&
    items.every((item) => {
      const length = collapse(item.textContent ?? '').length;
      return length > 0 && linkDensity(item, length) >= 0.6;
    })
  );
}

const REFERENCE_HEADING =
  /\b(?:sources?|references?|further reading|notes|bibliography|links|resources|downloads?|documentation)\b/i;

/** A "Sources" or "Further reading" list (or run of links) is part of the article. */
export function followsReferenceHeading(list: Element): boolean {
  const previous = list.previousElementSibling;
  return (
    previous !== null &&
    /^h[1-6]$/i.test(previous.tagName) &&
    REFERENCE_HEADING.test(previous.textContent ?? '')
  );
}
