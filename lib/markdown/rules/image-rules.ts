import type { MarkdownRule } from '../rule-dispatcher.ts';
import { styleOf, withoutMarks } from '../conversion-context.ts';
import { elementChildren } from '../dom-queries.ts';
import { largestSrcsetCandidate } from '../largest-srcset-candidate.ts';
import { linkDestination, linkTitle } from '../markdown-url.ts';
import { asBlock, oneLine, wrapInline } from './block-content.ts';

/** Images (`<picture>` as one image), and figure captions as their own italic line. */
export const imageRules: Record<string, MarkdownRule> = {
  picture: {
    filter: 'picture',
    replacement: (_content, node) => {
      const img = node.querySelector('img');
      // Without a usable <img>, the first <source> still names the picture.
      const source = elementChildren(node).find(
        (child) => child.nodeName === 'SOURCE' && child.getAttribute('srcset'),
      );
      return img ? image(img, source ?? null) : '';
    },
  },

  image: {
    filter: 'img',
    replacement: (_content, node) => image(node, null),
  },

  figureCaption: {
    filter: 'figcaption',
    replacement: (content, _node, options) => {
      const caption = oneLine(content).trim();
      const alreadyItalic = /^\*[^*][\s\S]*[^*]\*$|^_[^_][\s\S]*[^_]_$/.test(caption);
      return asBlock(alreadyItalic ? caption : wrapInline(caption, styleOf(options).emDelimiter));
    },
  },
};

/** `![alt](src "title")`, or nothing for an image without a source or a 1×1 tracking pixel. */
function image(img: Element, source: Element | null): string {
  // The capture's pre-pass turns srcsets into `src`, but Readability then copies any attribute that
  // looks like a srcset into `srcset` on an image still without one.
  const src =
    img.getAttribute('src')?.trim() ||
    largestSrcset(img.getAttribute('srcset')) ||
    largestSrcset(source?.getAttribute('srcset'));
  if (!src || isPixel(img)) return '';
  const destination = linkDestination(src, 'image');
  if (!destination) return '';
  const alt = withoutMarks(img.getAttribute('alt') ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const escapedAlt = alt.replace(/[\\[\]]/g, '\\$&');
  return `![${escapedAlt}](${destination}${linkTitle(img.getAttribute('title'), alt)})`;
}

function largestSrcset(srcset: string | null | undefined): string | null {
  return srcset ? largestSrcsetCandidate(srcset) : null;
}

function isPixel(img: Element): boolean {
  const width = Number(img.getAttribute('width'));
  const height = Number(img.getAttribute('height'));
  return img.hasAttribute('width') && img.hasAttribute('height') && width <= 1 && height <= 1;
}
