import { safeLinkUrl } from '../../articles/safe-link-url.ts';

/** Small readers of embed markup shared by the post and video recognisers. */

/** Whether `element`'s class list holds `name` as a whole token. */
export function hasClass(element: Element, name: string): boolean {
  return (element.getAttribute('class') ?? '').split(/\s+/).includes(name);
}

/** `value` parsed against `base` when it is an http(s) address; null otherwise. */
export function webUrl(value: string | null | undefined, base: string): URL | null {
  if (!value?.trim()) return null;
  const safe = safeLinkUrl(value.trim(), base);
  return safe ? new URL(safe) : null;
}

/** The host without a leading `www.` (or `m.`), lower case. */
export function bareHost(url: URL): string {
  return url.hostname.toLowerCase().replace(/^(?:www|m)\./, '');
}

/**
 * The address an iframe shows. Lazy loaders keep it in a data attribute until the frame scrolls
 * into view, with `about:blank` in `src` meanwhile.
 */
export function frameSource(frame: Element, base: string): URL | null {
  for (const name of ['src', 'data-src', 'data-lazy-src']) {
    const url = webUrl(frame.getAttribute(name), base);
    if (url) return url;
  }
  return null;
}

/** Text with its runs of white space made single spaces, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The caption of the figure that holds `element` and no other media: often the video's only title. */
export function figureCaption(element: Element): string | null {
  const figure = element.closest('figure');
  if (!figure) return null;
  const media = figure.querySelectorAll('iframe, video, img, lite-youtube, blockquote');
  if (media.length > 1) return null;
  return squash(figure.querySelector('figcaption')?.textContent) || null;
}
