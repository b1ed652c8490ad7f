import { imageAddress } from '../images/list-markdown-images';

/** How the reading view shows one image address of the article. */
export type LocalImage =
  /** Stored: shown from this local address (an object URL of the stored blob). */
  | { kind: 'stored'; src: string }
  /** A spacer or tracking pixel that was skipped on purpose: not shown at all. */
  | { kind: 'skipped' }
  /** Not stored (failed, not allowed, not fetched yet): a placeholder; `reason` says why if known. */
  | { kind: 'missing'; reason: string | null };

/** Finds how to show an image from its address (as `imageAddress` writes it). */
export type ImageResolver = (address: string) => LocalImage;

/** The resolver for an article with no stored images: every remote image is a placeholder. */
export const noLocalImages: ImageResolver = () => ({ kind: 'missing', reason: null });

/**
 * Points an `<img>` of a stored article at its local copy, or replaces it with a placeholder that
 * names the original address as text, so our pages never load an image from the network. Runs on
 * the sanitised markup before it reaches the page (images in inert markup do not load). Inline
 * `data:` images stay; every `srcset` goes, since it could name a remote candidate.
 */
export function localizeImage(img: Element, resolve: ImageResolver): void {
  const src = img.getAttribute('src')?.trim() ?? '';
  img.removeAttribute('srcset');
  img.removeAttribute('sizes');
  if (/^data:image\//i.test(src)) return;
  const address = imageAddress(src);
  const shown = address ? resolve(address) : ({ kind: 'missing', reason: null } as const);
  if (shown.kind === 'stored') return void img.setAttribute('src', shown.src);
  if (shown.kind === 'skipped') return void img.remove();
  const placeholder = img.ownerDocument.createElement('span');
  placeholder.setAttribute('class', 'image-missing');
  if (shown.reason) placeholder.setAttribute('title', shown.reason);
  const alt = img.getAttribute('alt')?.trim();
  placeholder.textContent = `${alt ? `${alt}: image` : 'Image'} not kept offline, ${src || 'no address'}`;
  img.replaceWith(placeholder);
}
