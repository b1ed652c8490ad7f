import type { ArticleLimits } from './article-limits.ts';

/** A `data:` address written into Markdown: the image travels inside the text. */
const DATA_URI = /data:[\w.+-]+\/[\w.+-]+[^\s)"'<>]*/gi;
/** A Markdown image whose address is a `data:` URI, with its alt text and optional title. */
const DATA_IMAGE = /!\[((?:[^\]\\\n]|\\.)*)\]\((data:[^\s)]*)(?:\s+"(?:[^"\\\n]|\\.)*")?\)/gi;

/** The lengths of the `data:` addresses in `markdown` (ASCII, so characters are bytes). */
export function inlineDataSizes(markdown: string): number[] {
  // Cheap test first: most articles have none, and the body can be megabytes.
  if (!markdown.includes('data:')) return [];
  return Array.from(markdown.matchAll(DATA_URI), (match) => match[0].length);
}

/**
 * `markdown` with the inline images that break `limits` (one too large, or all together too many
 * bytes) replaced by a visible note, so the reader sees that an image was there; kept images count
 * in page order. Also returns how many were left out.
 */
export function limitInlineImages(
  markdown: string,
  limits: Pick<ArticleLimits, 'inlineImageBytes' | 'inlineDataBytes'>,
): { markdown: string; dropped: number } {
  if (!markdown.includes('data:')) return { markdown, dropped: 0 };
  let kept = 0;
  let dropped = 0;
  const limited = markdown.replace(DATA_IMAGE, (image, alt: string, uri: string) => {
    if (uri.length <= limits.inlineImageBytes && kept + uri.length <= limits.inlineDataBytes) {
      kept += uri.length;
      return image;
    }
    dropped++;
    const label = alt.trim() ? `: ${alt.trim()}` : '';
    return `*(Image left out, too large to store${label})*`;
  });
  return { markdown: limited, dropped };
}
