import type { StoredArticle } from '../article';
import { imageTypeOf } from '../images/sniff-image-type';
import { assetPath, type ManifestAsset } from './export-manifest';
import { localizeImageLinks, type ExportedImageLink } from './localize-image-links';
import type { ZipWriter } from './create-zip-writer';

/** One stored image of an article, as the export reads it. */
export interface ExportImageLink {
  /** The address as `imageAddress` writes it. */
  url: string;
  sha256: string;
  /** The type sniffed from its bytes at capture. */
  type: string;
}

/** Where an export finds the stored images (the database, in the extension). */
export interface ExportImageSource {
  /** The article's addresses that have a stored image. */
  linksOf(articleId: number): Promise<ExportImageLink[]>;
  /** A stored image's bytes, or null when it is gone (deleted while the export ran). */
  bytesOf(sha256: string): Promise<Uint8Array | null>;
}

/** Writes each distinct stored image into the zip once, as its articles reach it. */
export interface AssetWriter {
  /**
   * The article's body with its stored images linked to `assets/…`, and the links made; writes
   * the assets not yet in the zip, one at a time, so only one image's bytes are read at once.
   */
  localize(
    article: StoredArticle,
    mtime: Date,
    linkPrefix?: string,
  ): Promise<{ markdown: string; images: ExportedImageLink[] }>;
  /** Every asset written, for the manifest. */
  readonly assets: ManifestAsset[];
}

/** An asset writer over `zip`; `beforeAdd` may refuse (throw) one more file of `size` bytes. */
export function createAssetWriter(
  zip: ZipWriter,
  source: ExportImageSource,
  beforeAdd: (size: number) => void,
): AssetWriter {
  const assets: ManifestAsset[] = [];
  const written = new Set<string>();
  return {
    assets,
    async localize(article, mtime, linkPrefix = '') {
      const links = await source.linksOf(article.id);
      if (links.length === 0) return { markdown: article.markdown, images: [] };
      const files = new Map<string, ExportImageLink & { file: string }>();
      const byFile = new Map<string, ExportImageLink>();
      for (const link of links) {
        const extension = imageTypeOf(link.type)?.extension;
        if (!extension) continue;
        const file = assetPath(link.sha256, extension);
        files.set(link.url, { ...link, file });
        byFile.set(file, link);
      }
      let localized = localizeImageLinks(article.markdown, (url) => files.get(url)?.file ?? null, linkPrefix);
      let gone = false;
      for (const { file } of localized.images) {
        const link = byFile.get(file);
        if (!link || written.has(file)) continue;
        const bytes = await source.bytesOf(link.sha256);
        if (!bytes) {
          files.delete(link.url);
          gone = true;
          continue;
        }
        beforeAdd(bytes.length);
        written.add(file);
        assets.push({ file, sha256: link.sha256, size: bytes.length, type: link.type });
        await zip.add(file, bytes, mtime, { store: true });
      }
      // An image deleted since the links were read stays a remote link, as one never stored does.
      if (gone)
        localized = localizeImageLinks(article.markdown, (url) => files.get(url)?.file ?? null, linkPrefix);
      return localized;
    },
  };
}
