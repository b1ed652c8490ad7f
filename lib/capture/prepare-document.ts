import { largestSrcsetCandidate } from '../markdown/largest-srcset-candidate.ts';
import { parseNoscript } from './parse-noscript.ts';

/**
 * Before extraction: make lazy images real and every link and image address absolute, so what
 * Readability keeps still works once it leaves the page.
 */

const LAZY_SRC_ATTRIBUTES = [
  'data-src',
  'data-lazy-src',
  'data-original',
  'data-lazy',
  'data-url',
  'data-hi-res-src',
];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
// File names lazy loaders give the stand-in they put in `src` until the image scrolls into view.
// Only a tie-break between addresses of one image: the one address there is stays whatever it is
// called, since the worker judges what it fetches by its bytes (a 1×1 file is skipped there).
const PLACEHOLDER_NAME =
  /(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loading|pixel|transparent|1x1)(?:[/_.-]|$)/i;

/**
 * The step that must come before `<noscript>` is dropped: lazy images' real twins taken out of it.
 * `doc` must be a copy of the page, as for {@link resolveMedia}.
 */
export function revealNoscriptImages(doc: Document): void {
  // Tag lookups, not selectors: they are much cheaper on large pages in every DOM we run in.
  for (const noscript of byTag(doc, 'noscript')) replaceWithNoscriptTwin(doc, noscript);
}

/**
 * Makes lazy images real and every address absolute against `base`, in `doc`, a copy of the page.
 * Run after the chrome is gone, it resolves the article's links, not a mega-menu's thousands.
 */
export function resolveMedia(doc: Document, base: string): void {
  for (const img of byTag(doc, 'img')) realizeImage(img);
  for (const source of byTag(doc, 'source')) {
    if (source.parentElement?.tagName.toLowerCase() === 'picture') source.remove();
  }
  absolutize(doc, base);
}

/** The base for relative URLs: `<base href>` resolved against the page URL. */
export function documentBase(doc: Document, pageUrl: string): string {
  const href = doc.querySelector('base[href]')?.getAttribute('href');
  return (href && resolveUrl(href, pageUrl)) || pageUrl;
}

/** Resolves `url` against `base`; null when it cannot be parsed. */
export function resolveUrl(url: string, base: string): string | null {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return null;
  }
}

/** An address worth taking over `src`: any but none and an inline `data:` stand-in. */
function isAddress(value: string | null): value is string {
  return !!value && value.trim() !== '' && !/^\s*data:/i.test(value);
}

/** A `src` that is surely no picture of its own: none, inline, or named like a loader's stand-in. */
function isPlaceholderSrc(src: string | null): boolean {
  return !isAddress(src) || PLACEHOLDER_NAME.test(src.trim());
}

function realizeImage(img: Element): void {
  const srcsets = [
    ...LAZY_SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)),
    img.getAttribute('srcset'),
    ...pictureSources(img),
  ].filter((value): value is string => !!value && value.trim() !== '');
  // In order of preference: the largest of a srcset, a loader's attribute, then `src`.
  const addresses = [
    ...srcsets.map(largestSrcsetCandidate),
    ...LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)),
    img.getAttribute('src'),
  ].filter(isAddress);
  const chosen = addresses.find((address) => !isPlaceholderSrc(address)) ?? addresses[0];
  if (chosen) img.setAttribute('src', chosen);
  for (const name of [...LAZY_SRC_ATTRIBUTES, ...LAZY_SRCSET_ATTRIBUTES, 'srcset', 'sizes'])
    img.removeAttribute(name);
}

function pictureSources(img: Element): string[] {
  const picture = img.parentElement;
  if (picture?.tagName.toLowerCase() !== 'picture') return [];
  return Array.from(picture.querySelectorAll('source')).map(
    (source) => source.getAttribute('srcset') ?? source.getAttribute('data-srcset') ?? '',
  );
}

/** Lazy loaders often pair a placeholder `<img>` with the real one inside `<noscript>`. */
function replaceWithNoscriptTwin(doc: Document, noscript: Element): void {
  const previous = noscript.previousElementSibling;
  const lazy = previous?.tagName.toLowerCase() === 'img' ? previous : previous?.querySelector('img');
  const fragment = parseNoscript(doc, noscript);
  const images = fragment.querySelectorAll('img');
  const twin = images[0];
  if (!twin || images.length !== 1 || fragment.textContent?.trim()) return;
  if (lazy && isPlaceholderSrc(lazy.getAttribute('src'))) {
    lazy.replaceWith(doc.importNode(twin, true));
    noscript.remove();
  } else if (!lazy) {
    noscript.replaceWith(doc.importNode(twin, true));
  }
}

const SCRIPT_SCHEME = /^(?:javascript|vbscript):/i;

function byTag(doc: Document, tag: string): Element[] {
  return Array.from(doc.getElementsByTagName(tag));
}

function absolutize(doc: Document, base: string): void {
  for (const link of byTag(doc, 'a')) {
    if (!link.hasAttribute('href')) continue;
    setResolved(link, 'href', base);
    // A script link does nothing outside the page (and must never run in ours). Judged on the
    // resolved address: the URL parser drops the tabs and control characters a pattern would miss.
    if (SCRIPT_SCHEME.test(link.getAttribute('href') ?? '')) link.removeAttribute('href');
  }
  for (const tag of ['img', 'video', 'audio', 'source', 'track']) {
    for (const media of byTag(doc, tag)) if (media.hasAttribute('src')) setResolved(media, 'src', base);
  }
  for (const video of byTag(doc, 'video'))
    if (video.hasAttribute('poster')) setResolved(video, 'poster', base);
}

function setResolved(element: Element, attribute: string, base: string): void {
  const resolved = resolveUrl(element.getAttribute(attribute) ?? '', base);
  if (resolved) element.setAttribute(attribute, resolved);
  else element.removeAttribute(attribute);
}
