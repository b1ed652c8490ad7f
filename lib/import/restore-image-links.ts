import { localizeImageLinks, type ExportedImageLink } from '../export/localize-image-links';
import { imageAddress } from '../images/list-markdown-images';
import { replaceImageDestinations } from '../images/replace-image-destinations';

/** An imported article's stored image: the address it is looked up by, and its asset in the zip. */
export interface RestoredImageLink {
  /** As `imageAddress` writes it, the key of the article's image links. */
  url: string;
  file: string;
}

export type RestoreImageLinksResult =
  { ok: true; markdown: string; links: RestoredImageLink[] } | { ok: false };

/**
 * The stored Markdown of an exported file: each `assets/…` destination the manifest lists goes
 * back to the address it had. Checked by exporting the result again, which must give the file
 * exactly, so an import never stores a body whose next export would differ from the zip.
 */
export function restoreImageLinks(
  markdown: string,
  images: readonly ExportedImageLink[],
  /** What the export put before `assets/…` in this file's links (assetLinkPrefix). */
  prefix = '',
): RestoreImageLinksResult {
  if (images.length === 0) return { ok: true, markdown, links: [] };
  const srcOf = new Map(images.map((image) => [prefix + image.file, image.src]));
  const restored = replaceImageDestinations(markdown, ({ raw }) => srcOf.get(raw) ?? null);
  const fileOf = new Map(images.map((image) => [image.src, image.file]));
  const links = new Map<string, string>();
  replaceImageDestinations(restored, ({ href, raw }) => {
    const file = fileOf.get(raw);
    const url = imageAddress(href);
    if (file && url && !links.has(url)) links.set(url, file);
    return null;
  });
  const again = localizeImageLinks(restored, (url) => links.get(url) ?? null, prefix);
  const same =
    again.markdown === markdown &&
    again.images.length === images.length &&
    again.images.every((image, i) => image.src === images[i]?.src && image.file === images[i]?.file);
  // The caller names the file in its refusal; there is only one way to fail.
  if (!same) return { ok: false };
  return { ok: true, markdown: restored, links: [...links].map(([url, file]) => ({ url, file })) };
}
