import type { DOMPurify } from 'dompurify';
import { Marked } from 'marked';
import { safeLinkUrl } from '../articles/safe-link-url';
import { mathExtension } from './math-extension';
import { localizeImage, noLocalImages, type ImageResolver } from './localize-image';

const marked = new Marked({ gfm: true, breaks: false, async: false }, mathExtension());

/** Elements a stored article never needs and that could restyle or post from our page. */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  // A <picture>'s sources name remote candidates; its <img> is kept and shown locally.
  'source',
];

const hooked = new WeakSet<DOMPurify>();
// The hook is added once per DOMPurify; the article being rendered lends it its images for the
// length of one synchronous sanitize call.
let resolving: ImageResolver = noLocalImages;

/**
 * Renders stored Markdown to HTML that is safe to insert into our page: Markdown may carry raw HTML
 * from the captured page, so everything goes through DOMPurify (scripts, handlers, `javascript:`
 * links and inline styles removed). Links open in a new tab without access to ours. Math is rendered
 * here, from the stored TeX, to MathML that the same sanitiser checks. Images are shown from
 * `resolveImage` (the stored copies) or as placeholders, never loaded from the network.
 */
export function renderMarkdown(
  markdown: string,
  purify: DOMPurify,
  resolveImage: ImageResolver = noLocalImages,
): string {
  if (!hooked.has(purify)) {
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.tagName === 'IMG') return localizeImage(node, resolving);
      if (node.tagName === 'A' && node.hasAttribute('href')) {
        const href = node.getAttribute('href') ?? '';
        // The same allow-list as every other stored address, on the parsed URL; links within the
        // article (footnotes) and mail addresses stay.
        if (!href.startsWith('#') && !/^mailto:/i.test(href) && safeLinkUrl(href) === null) {
          node.removeAttribute('href');
          return;
        }
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      }
    });
    hooked.add(purify);
  }
  const html = marked.parse(markdown) as string;
  resolving = resolveImage;
  try {
    return purify.sanitize(html, {
      FORBID_TAGS,
      FORBID_ATTR: ['style'],
      USE_PROFILES: { html: true, mathMl: true },
    });
  } finally {
    resolving = noLocalImages;
  }
}
