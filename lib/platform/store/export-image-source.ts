import type { ExportImageLink, ExportImageSource } from '../../export/export-assets';
import type { CleanCaptureDb } from './db';

/**
 * The export's view of the image store: an article's stored images, and one image's bytes at a
 * time. Reading a row gives a Blob handle, not its bytes, so only the image being written is in memory.
 */
export function exportImageSource(db: CleanCaptureDb): ExportImageSource {
  return {
    linksOf: (articleId) =>
      db.transaction('r', db.articleImages, db.images, async () => {
        const links = (await db.articleImages.where('articleId').equals(articleId).toArray()).filter(
          (link): link is typeof link & { sha256: string } => link.sha256 !== undefined,
        );
        const images = await db.images.bulkGet(links.map((link) => link.sha256));
        return links.flatMap((link, i): ExportImageLink[] => {
          const image = images[i];
          return image ? [{ url: link.url, sha256: link.sha256, type: image.type }] : [];
        });
      }),
    bytesOf: async (sha256) => {
      const image = await db.images.get(sha256);
      return image ? new Uint8Array(await image.blob.arrayBuffer()) : null;
    },
  };
}
