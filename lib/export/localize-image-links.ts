import { imageAddress } from '../images/list-markdown-images';
import { replaceImageDestinations } from '../images/replace-image-destinations';

/** A stored image an exported Markdown file links locally: the destination it had, and its file. */
export interface ExportedImageLink {
  /** The destination exactly as the stored Markdown writes it, so the import can put it back. */
  src: string;
  /** The asset's path in the zip, `assets/<sha256>.<ext>`, which is also the new destination. */
  file: string;
}

/**
 * An article's Markdown as the export writes it: each image whose address has a stored copy
 * (`assetFor` gives its path in the zip) points at that file, the rest keep their remote
 * addresses. Returns the links made, for the manifest. Within one article each asset keeps one
 * spelling of its address (the first); an image that spells the same address otherwise stays
 * remote, so the import can always tell which spelling to restore.
 */
export function localizeImageLinks(
  markdown: string,
  assetFor: (address: string) => string | null,
  /** Put before each asset path in the link: `../` for each folder the file sits in. */
  prefix = '',
): { markdown: string; images: ExportedImageLink[] } {
  const spelling = new Map<string, string>();
  const images: ExportedImageLink[] = [];
  const localized = replaceImageDestinations(markdown, ({ href, raw }) => {
    const address = imageAddress(href);
    const file = address ? assetFor(address) : null;
    if (!file) return null;
    const first = spelling.get(file);
    if (first === undefined) {
      spelling.set(file, raw);
      images.push({ src: raw, file });
    } else if (first !== raw) return null;
    return prefix + file;
  });
  return { markdown: localized, images };
}
