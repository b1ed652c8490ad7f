/** Before extraction: drop what no reader sees and the page chrome that is chrome on any site. */

const NON_CONTENT = ['script', 'style', 'template', 'link', 'meta', 'noscript', 'object', 'embed'];
const CHROME_TAGS = ['nav', 'footer', 'form', 'button', 'input', 'select', 'textarea', 'dialog', 'menu'];
const CHROME_ROLES =
  /^(?:navigation|complementary|contentinfo|banner|search|dialog|alertdialog|menu|menubar|toolbar|tablist)$/;
// Whole class or id tokens (split on spaces, hyphens and underscores) that name chrome on any site.
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
const PROTECTED_TAGS = /^(?:html|body|main|article)$/;
// A block with this much paragraph text is content however it is labelled ("share-enabled-body").
const PROTECTED_TEXT = 600;

/** Removes scripts, styles and elements the page hides from every reader. */
export function removeInvisible(doc: Document): void {
  for (const tag of NON_CONTENT)
    for (const element of Array.from(doc.getElementsByTagName(tag))) element.remove();
  for (const element of Array.from(
    doc.querySelectorAll('[hidden], [aria-hidden="true"], [style*="none"], [style*="hidden"]'),
  )) {
    if (isHidden(element) && !PROTECTED_TAGS.test(element.tagName.toLowerCase())) element.remove();
  }
}

/** Removes navigation, sidebars, footers, forms, share rows, ad slots and comment threads. */
export function removeChrome(doc: Document): void {
  for (const tag of CHROME_TAGS)
    for (const element of Array.from(doc.getElementsByTagName(tag))) element.remove();
  for (const element of Array.from(doc.querySelectorAll('[role]'))) {
    if (CHROME_ROLES.test(element.getAttribute('role') ?? '') && !holdsProse(element)) element.remove();
  }
  for (const element of Array.from(doc.querySelectorAll('aside'))) {
    // Pull quotes are often asides; keep those.
    if (!/quote/i.test(element.className) && !element.querySelector('blockquote')) element.remove();
  }
  for (const element of Array.from(doc.querySelectorAll('[class], [id]'))) {
    if (!PROTECTED_TAGS.test(element.tagName.toLowerCase()) && namesChrome(element) && !holdsProse(element)) {
      element.remove();
    }
  }
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = (element.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
  return style.includes('display:none') || style.includes('visibility:hidden');
}

function namesChrome(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.toLowerCase();
  return names.split(/[\s_-]+/).some((word) => CHROME_WORDS.has(word));
}

function holdsProse(element: Element): boolean {
  let length = 0;
  for (const p of Array.from(element.getElementsByTagName('p'))) {
    length += (p.textContent ?? '').length;
    if (length > PROTECTED_TEXT) return true;
  }
  return false;
}
