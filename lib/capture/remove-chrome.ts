/** Before extraction: drop what no reader sees, and the page chrome that is chrome on any site. */

const NON_CONTENT = new Set(['script', 'style', 'template', 'link', 'meta', 'noscript', 'object', 'embed']);
const CHROME_TAGS = new Set([
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
const CHROME_ROLES = new Set([
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
// Whole class or id words (split on spaces, hyphens and underscores) that name chrome on any site.
const CHROME_WORDS = new Set([
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
  'trending',
  'popular',
  'masthead',
  'paywall',
]);
const PROTECTED_TAGS = new Set(['main', 'article']);
// A block with this much paragraph text is content however it is labelled ("share-enabled-body").
const PROTECTED_TEXT = 600;

/**
 * Removes from the body what the page hides and what cannot be content (scripts, styles, embeds);
 * with `chrome`, also navigation, sidebars, footers, forms, share rows, ad slots and comment threads.
 * One walk over the tree: a selector per kind would walk the whole page each time.
 */
export function removeNonContent(doc: Document, options: { chrome: boolean }): void {
  if (doc.body) visit(doc.body, options.chrome);
}

function visit(parent: Element, chrome: boolean): void {
  // Sibling links, not a copy of `children` per element; the next one is read before a removal.
  for (let element = parent.firstElementChild; element;) {
    const next = element.nextElementSibling;
    if (isNonContent(element) || (chrome && isChrome(element))) element.remove();
    else visit(element, chrome);
    element = next;
  }
}

function isNonContent(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (NON_CONTENT.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (!style) return false;
  const compact = style.replace(/\s+/g, '').toLowerCase();
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

function isChrome(element: Element): boolean {
  const tag = element.tagName.toLowerCase();
  if (CHROME_TAGS.has(tag)) return true;
  if (PROTECTED_TAGS.has(tag)) return false;
  // Pull quotes are often asides; keep those.
  if (tag === 'aside')
    return !/quote/i.test(element.getAttribute('class') ?? '') && !element.querySelector('blockquote');
  const role = element.getAttribute('role');
  if (role && CHROME_ROLES.has(role.toLowerCase())) return !holdsProse(element);
  return namesChrome(element) && !holdsProse(element);
}

// One pattern for the whole list: splitting every class attribute of a large page into words costs more.
const CHROME_WORD = new RegExp(`(?:^|[\\s_-])(?:${[...CHROME_WORDS].join('|')})(?=[\\s_-]|$)`, 'i');

function namesChrome(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names.length > 1 && CHROME_WORD.test(names);
}

function holdsProse(element: Element): boolean {
  let length = 0;
  // Read the live list in order without copying it: a comment thread has thousands of paragraphs,
  // and the first few usually settle it.
  const paragraphs = element.getElementsByTagName('p');
  for (let i = 0; i < paragraphs.length; i++) {
    length += (paragraphs[i]?.textContent ?? '').length;
    if (length > PROTECTED_TEXT) return true;
  }
  return false;
}
