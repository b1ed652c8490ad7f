import type { Article } from '../article.ts';
import { collapse } from './block-context.ts';
import { findArticleNode, readJsonLd } from './read-json-ld.ts';
import { readMetaTags } from './read-meta-tags.ts';

/** What the page says about being one article, read only when its content leaves a doubt. */
export interface ArticleEvidence {
  /** `og:type` article, or a schema.org Article (NewsArticle, BlogPosting …) in JSON-LD. */
  declared: boolean;
  /** The address names one item: a slug of several words or a dated path, not a listing's. */
  itemAddress: boolean;
}

// Extracted text mostly inside links is a list of other pages, unless the page says it is an article.
const LISTING_LINK_SHARE = 0.5;
// Headline links that stand alone in their block: a listing's teasers.
const TEASER_WORDS = 3;
const LISTING_TEASERS = 5;
// A paragraph this long, outside links, is an article's prose; listings' blurbs are shorter.
const PROSE_PARAGRAPH = 400;
const MEDIA = 'img, picture, video, audio, iframe, svg, canvas, math';
const BLOCK = /^(?:p|li|dt|dd|h[1-6]|div|article|section|td|figcaption|blockquote)$/;
// Path segments of listings: tags, categories, search, authors' pages, archives, pagination.
const LISTING_SEGMENT =
  /^(?:tags?|categor(?:y|ies)|topics?|search|authors?|archives?|page|sections?|labels?|index)$/i;

/**
 * Whether the extracted `root` is an article's main text. When in doubt, save: only a page with no
 * main text is refused (nothing, or a shell with a few words and no media; a home page, section front,
 * search results or tag listing, that is, mostly links or teasers, on a page that does not declare
 * itself an article). A short post, a photo with a caption and a list of linked items are articles.
 */
export function hasMainText(root: Element, pageUrl: string, evidence: () => ArticleEvidence): boolean {
  const text = collapse(root.textContent ?? '');
  // Only none, fewer than three, or more matter here: stop counting at three.
  const words = countWords(text, 3);
  const media = root.querySelector(MEDIA) !== null;
  if (words === 0 && !media) return false;
  if (!looksLikeListing(root, text, siteOf(pageUrl)) && (words >= 3 || media)) return true;
  const { declared, itemAddress } = evidence();
  return declared || itemAddress;
}

/** Reads the page's own word on being an article: its Open Graph type, JSON-LD and address. */
export function readArticleEvidence(
  doc: Document,
  pageUrl: string,
  metadata: Pick<Article, 'canonicalUrl'>,
): ArticleEvidence {
  const ogType = readMetaTags(doc)('og:type')?.toLowerCase() ?? '';
  const home = isHomePage(pageUrl) || isHomePage(metadata.canonicalUrl);
  return {
    declared: !home && (ogType === 'article' || findArticleNode(readJsonLd(doc)) !== null),
    itemAddress: !home && (namesItem(pageUrl) || namesItem(metadata.canonicalUrl)),
  };
}

/**
 * Mostly links, or five headline links or more, into the page's own site, and no paragraph of prose. A
 * list of links to other sites is a post (a week in review, a link roundup), not a listing.
 */
function looksLikeListing(root: Element, text: string, site: string | null): boolean {
  const links = Array.from(root.getElementsByTagName('a'));
  const linkTexts = links.map((link) => collapse(link.textContent ?? ''));
  // All links' text bounds the site's own: when it is under the share, only teaser-shaped links need
  // their addresses read, and a long article's thousands of links in prose are not parsed.
  const allLinked = linkTexts.reduce((sum, linkText) => sum + linkText.length, 0);
  const mayBeLinkHeavy = text.length > 0 && allLinked / text.length >= LISTING_LINK_SHARE;
  let linked = 0;
  let teasers = 0;
  links.forEach((link, i) => {
    const linkText = linkTexts[i] ?? '';
    const teaserShaped = countWords(linkText, TEASER_WORDS) >= TEASER_WORDS;
    if (!mayBeLinkHeavy && !teaserShaped) return;
    const href = URL.parse(link.getAttribute('href') ?? '');
    if (href && site !== null && siteOfHost(href.hostname) !== site) return;
    linked += linkText.length;
    if (teaserShaped && headsItsBlock(link, linkText)) teasers++;
  });
  const linkHeavy = mayBeLinkHeavy && linked / text.length >= LISTING_LINK_SHARE;
  // An introduction in prose makes a list of links a post (a compendium, a week in review).
  return (linkHeavy || teasers >= LISTING_TEASERS) && !hasProseParagraph(root);
}

/** A headline link of three words or more that is all, or nearly all, of its block's text. */
function headsItsBlock(link: Element, linkText: string): boolean {
  let block: Element | null = link.parentElement;
  while (block && !BLOCK.test(block.tagName.toLowerCase())) block = block.parentElement;
  return !!block && collapse(block.textContent ?? '').length <= linkText.length * 1.25;
}

function hasProseParagraph(root: Element): boolean {
  // Older pages set paragraphs as text between <br>s, straight inside a <div> or <td>.
  for (const element of Array.from(root.querySelectorAll('div, td, section, article'))) {
    if (collapseLength(element) >= PROSE_PARAGRAPH) return true;
  }
  for (const paragraph of Array.from(root.getElementsByTagName('p'))) {
    let length = collapse(paragraph.textContent ?? '').length;
    if (length < PROSE_PARAGRAPH) continue;
    for (const link of Array.from(paragraph.getElementsByTagName('a')))
      length -= collapse(link.textContent ?? '').length;
    if (length >= PROSE_PARAGRAPH) return true;
  }
  return false;
}

/** Length of an element's own text nodes with whitespace runs collapsed. */
function collapseLength(element: Element): number {
  let text = '';
  for (const node of Array.from(element.childNodes)) if (node.nodeType === 3) text += node.nodeValue ?? '';
  return collapse(text).length;
}

/**
 * The site of an address, near enough for telling a site's own links from others': the host without
 * `www.`, cut to its last two labels (three under a short second-level label such as `co.uk`).
 */
function siteOf(url: string): string | null {
  const parsed = URL.parse(url);
  return parsed ? siteOfHost(parsed.hostname) : null;
}

/** {@link siteOf} for a host already parsed: a page's links are thousands of addresses. */
function siteOfHost(hostname: string): string | null {
  const host = hostname.replace(/^www\./, '');
  if (!host) return null;
  const labels = host.split('.');
  const keep = labels.length > 2 && (labels.at(-2)?.length ?? 0) <= 3 ? 3 : 2;
  return /^[\d.]+$/.test(host) ? host : labels.slice(-keep).join('.');
}

function isHomePage(url: string): boolean {
  const parsed = URL.parse(url);
  return !!parsed && /^\/?(?:index\.\w+)?$/.test(parsed.pathname) && parsed.search === '';
}

/** An address of one item: its last segment a slug of three or more words, or a dated path. */
function namesItem(url: string): boolean {
  const parsed = URL.parse(url);
  if (!parsed || !/^https?:$/.test(parsed.protocol)) return false;
  const segments = parsed.pathname.split('/').filter(Boolean);
  if (segments.some((segment) => LISTING_SEGMENT.test(segment))) return false;
  const last = (segments.at(-1) ?? '').replace(/\.\w+$/, '');
  const slugWords = last.split(/[-_+]+/).filter((word) => /\p{L}{2,}/u.test(word));
  return slugWords.length >= 3 || /\/(?:19|20)\d\d\/(?:0?[1-9]|1[0-2])\//.test(parsed.pathname);
}

function countWords(text: string, enough: number): number {
  const word = /[\p{L}\p{N}]+/gu;
  let count = 0;
  while (count < enough && word.exec(text) !== null) count++;
  return count;
}
