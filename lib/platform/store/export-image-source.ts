import type { ExportImageLink, ExportImageSource } from '../../export/export-assets';
import type { CleanCaptureDb } from './db';

/**
 * The export's view of the image store, for the articles `ids` in export order: each article's
 * stored images, read for a batch of articles at a time (one transaction per article would cost
 * more than the zip of a text-only article), and one image's bytes at a time. Reading a row gives
 * a Blob handle, not its bytes, so only the image being written is in memory.
 */
export function exportImageSource(
  db: CleanCaptureDb,
  ids: readonly number[],
  batchSize = 200,
): ExportImageSource {
  let loaded: { batch: number; links: Map<number, ExportImageLink[]> } | null = null;
  // Where the last article asked for was in `ids`: the export asks in that order, so each article is
  // found by a short search forward from there, with no map of every id kept for the whole export.
  let cursor = 0;
  const positionOf = (articleId: number) => {
    if (ids[cursor] === articleId) return cursor;
    const ahead = ids.indexOf(articleId, cursor);
    const at = ahead >= 0 ? ahead : ids.indexOf(articleId);
    if (at >= 0) cursor = at;
    return at;
  };
  return {
    async linksOf(articleId) {
      const at = positionOf(articleId);
      if (at < 0) return [];
      const batch = Math.floor(at / batchSize);
      if (loaded?.batch !== batch) {
        const batchIds = ids.slice(batch * batchSize, (batch + 1) * batchSize);
        loaded = { batch, links: await readLinks(db, batchIds) };
      }
      return loaded.links.get(articleId) ?? [];
    },
    bytesOf: async (sha256) => {
      const image = await db.images.get(sha256);
      return image ? new Uint8Array(await image.blob.arrayBuffer()) : null;
    },
  };
}

/** The stored images of these articles, by article, in one read. */
function readLinks(db: CleanCaptureDb, ids: readonly number[]): Promise<Map<number, ExportImageLink[]>> {
  return db.transaction('r', db.articleImages, db.images, async () => {
    const rows = await db.articleImages
      .where('articleId')
      .anyOf([...ids])
      .toArray();
    const hashes = [...new Set(rows.flatMap((row) => (row.sha256 ? [row.sha256] : [])))];
    const images = await db.images.bulkGet(hashes);
    const typeOf = new Map(hashes.map((hash, i) => [hash, images[i]?.type]));
    const links = new Map<number, ExportImageLink[]>();
    for (const { articleId, url, sha256 } of rows) {
      const type = sha256 ? typeOf.get(sha256) : undefined;
      if (!sha256 || !type) continue;
      const list = links.get(articleId) ?? [];
      list.push({ url, sha256, type });
      links.set(articleId, list);
    }
    return links;
  });
}
