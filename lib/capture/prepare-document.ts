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
// Placeholders that lazy loaders put in `src` until the image scrolls into view.
const PLACEHOLDER_SRC =
  /^data:|(?:^|[/_.-])(?:blank|spacer|placeholder|lazy|loading|pixel|transparent|1x1)(?:[/_.-]|$)/i;

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

function isUsableSrc(src: string | null): src is string {
  return !!src && src.trim() !== '' && !PLACEHOLDER_SRC.test(src.trim());
}

function realizeImage(img: Element): void {
  const lazySrc = LAZY_SRC_ATTRIBUTES.map((name) => img.getAttribute(name)).find(isUsableSrc);
  const srcsets = [
    ...LAZY_SRCSET_ATTRIBUTES.map((name) => img.getAttribute(name)),
    img.getAttribute('srcset'),
    ...pictureSources(img),
  ].filter((value): value is string => !!value && value.trim() !== '');
  const fromSrcset = srcsets.map(largestSrcsetCandidate).find(isUsableSrc);
  const src = img.getAttribute('src');
  const chosen = fromSrcset ?? lazySrc ?? (isUsableSrc(src) ? src : null);
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
  if (lazy && !isUsableSrc(lazy.getAttribute('src'))) {
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
